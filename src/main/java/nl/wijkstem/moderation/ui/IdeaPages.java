package nl.wijkstem.moderation.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.ui.SubjectPages;
import nl.wijkstem.idea.PublicIdeaService;

/**
 * An idea's page in the moderators' workplace, where the whole story of the idea is. Its
 * address must name an idea the moderator may see: the rule the page itself loads by.
 */
@org.springframework.stereotype.Component
class IdeaPages implements SubjectPages, AddressedSubjects {

	private final PublicIdeaService ideas;

	IdeaPages(PublicIdeaService ideas) {
		this.ideas = ideas;
	}

	@Override
	public Optional<RouterLink> link(String subjectType, Long id, String text) {
		return SubjectPages.link("idea", ModerationItemView.class, ModerationItemView.ID_PARAMETER, subjectType, id,
				text);
	}

	@Override
	public Map<Class<? extends Component>, Predicate<RouteParameters>> checks() {
		return Map.of(ModerationItemView.class,
				AddressedSubjects.named(ModerationItemView.ID_PARAMETER, ideas::visible));
	}

}
