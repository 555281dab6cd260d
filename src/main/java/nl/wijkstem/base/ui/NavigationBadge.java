package nl.wijkstem.base.ui;

import java.util.OptionalLong;

import com.vaadin.flow.component.Component;

/**
 * A number beside a navigation item (such as the ideas waiting for review), supplied by
 * the module that owns the view.
 */
public interface NavigationBadge {

	Class<? extends Component> view();

	/** The number for the signed-in person, or empty when there is none to show. */
	OptionalLong count();

}
