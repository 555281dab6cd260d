package nl.wijkstem.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
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

	/**
	 * The link for a module whose page about subjects of one kind names the subject in
	 * its address.
	 * @param kind the subject type this module's page is about
	 * @param parameter the route parameter of that page that holds the subject's id
	 */
	static Optional<RouterLink> link(String kind, Class<? extends Component> page, String parameter, String subjectType,
			Long id, String text) {
		if (!kind.equals(subjectType) || id == null) {
			return Optional.empty();
		}
		return Optional.of(new RouterLink(text, page, new RouteParameters(parameter, id.toString())));
	}

}
