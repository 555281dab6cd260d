package nl.wijkstem.moderation.ui;

import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.NavigationBadge;
import nl.wijkstem.idea.IdeaService;

/**
 * The number of ideas waiting for review, beside Moderation in the navigation.
 */
@org.springframework.stereotype.Component
class WaitingIdeasBadge implements NavigationBadge {

	private final IdeaService ideas;

	private final CurrentUser currentUser;

	WaitingIdeasBadge(IdeaService ideas, CurrentUser currentUser) {
		this.ideas = ideas;
		this.currentUser = currentUser;
	}

	@Override
	public Class<? extends Component> view() {
		return ModerationQueueView.class;
	}

	@Override
	public OptionalLong count() {
		return currentUser.hasRole(Roles.MODERATOR) ? OptionalLong.of(ideas.waitingCount()) : OptionalLong.empty();
	}

}
