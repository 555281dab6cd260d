package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;

/**
 * Where the keyboard goes after an action redraws part of a page: to the control again,
 * or to what the action made, never back to the start of the page (WCAG 2.4.3). A heading
 * or list item becomes focusable for this by script only (tabindex -1), so it adds no
 * stop for the Tab key.
 */
public final class Focus {

	private Focus() {
	}

	/**
	 * Focuses the component once the browser has it; a component made in the same request
	 * is focused after it is drawn.
	 */
	public static void on(Component target) {
		if (target instanceof Focusable<?> focusable) {
			focusable.focus();
			return;
		}
		target.getElement().setAttribute("tabindex", "-1");
		target.getElement().callJsFunction("focus");
	}

	/**
	 * Focuses the first heading in the component (looking through its descendants), or
	 * the component itself when it has none.
	 */
	public static void onHeadingOf(Component section) {
		on(heading(section).orElse(section));
	}

	private static Optional<Component> heading(Component component) {
		if (component instanceof H1 || component instanceof H2 || component instanceof H3 || component instanceof H4) {
			return Optional.of(component);
		}
		return component.getChildren().map(Focus::heading).flatMap(Optional::stream).findFirst();
	}

}
