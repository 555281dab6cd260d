package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of the signed-in resident's own data page (<em>Mijn gegevens</em>) that a
 * feature module keeps, such as their e-mail address and what reaches them by mail,
 * without the page knowing the module.
 */
public interface MyDataSection {

	/** A new component for this UI, or empty when there is nothing to show. */
	Optional<Component> create();

	/** Where the section goes among the others, lowest first. */
	int order();

}
