package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts in the header for the signed-in person (such as the
 * notices bell), without the shell knowing the module.
 */
public interface HeaderWidget {

	/** A new component for this UI, or empty when there is nothing to show. */
	Optional<Component> create();

}
