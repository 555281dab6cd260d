package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.router.RouterLink;

/**
 * Links to a feature module's pages about its things, for a view that shows references to
 * them (the audit trail) without knowing the module's views.
 */
public interface SubjectPages {

	/**
	 * A link with this text to the page about the subject, or empty when this module has
	 * no page for that kind.
	 */
	Optional<RouterLink> link(String subjectType, Long id, String text);

}
