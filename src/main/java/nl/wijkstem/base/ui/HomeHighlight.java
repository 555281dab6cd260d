package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts at the top of the home page when it matters now (such
 * as an open voting round), without the home page knowing the module.
 */
public interface HomeHighlight {

	/** A new component for this UI, or empty when there is nothing to highlight now. */
	Optional<Component> create();

}
