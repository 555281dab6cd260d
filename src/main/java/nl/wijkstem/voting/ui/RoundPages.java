package nl.wijkstem.voting.ui;

import java.util.Optional;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.SubjectPages;

/**
 * A voting round's settings page for administrators, with its ballot and phases.
 */
@org.springframework.stereotype.Component
class RoundPages implements SubjectPages {

	@Override
	public Optional<RouterLink> link(String subjectType, Long id, String text) {
		if (!"round".equals(subjectType) || id == null) {
			return Optional.empty();
		}
		return Optional.of(new RouterLink(text, RoundFormView.class,
				new RouteParameters(RoundFormView.ROUND_PARAMETER, id.toString())));
	}

}
