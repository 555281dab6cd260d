package nl.wijkstem.moderation.ui;

import java.util.Optional;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.SubjectPages;

/**
 * An idea's page in the moderators' workplace, where the whole story of the idea is.
 */
@org.springframework.stereotype.Component
class IdeaPages implements SubjectPages {

	@Override
	public Optional<RouterLink> link(String subjectType, Long id, String text) {
		if (!"idea".equals(subjectType) || id == null) {
			return Optional.empty();
		}
		return Optional.of(new RouterLink(text, ModerationItemView.class,
				new RouteParameters(ModerationItemView.ID_PARAMETER, id.toString())));
	}

}
