package nl.wijkstem.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the administrators' work that a feature module offers on the *Beheer* page,
 * without the shell knowing the module. Keeps the main navigation short: administrators
 * reach these pages from *Beheer*.
 *
 * @see AdminView
 */
public interface AdminSection {

	/** The page to open; it carries its own access rules. */
	Class<? extends Component> view();

	/** Translation key of the link text. */
	String titleKey();

	/** Translation key of one sentence on what the page is for. */
	String descriptionKey();

	/** Where the section goes on the page, lowest first. */
	int order();

}
