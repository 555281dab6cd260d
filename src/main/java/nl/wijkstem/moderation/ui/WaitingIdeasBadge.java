package nl.wijkstem.moderation.ui;

import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.NavigationBadge;
import nl.wijkstem.consultation.AnswerReviewService;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.idea.IdeaDecisionService;

/**
 * The number of items waiting for a moderator (new submissions, reported ideas or
 * comments, and consultation answers not read yet), beside Moderation in the navigation.
 */
@org.springframework.stereotype.Component
class WaitingIdeasBadge implements NavigationBadge {

	private final IdeaDecisionService ideas;

	private final ReportService moderation;

	private final AnswerReviewService answers;

	private final CurrentUser currentUser;

	WaitingIdeasBadge(IdeaDecisionService ideas, ReportService moderation, AnswerReviewService answers,
			CurrentUser currentUser) {
		this.ideas = ideas;
		this.moderation = moderation;
		this.answers = answers;
		this.currentUser = currentUser;
	}

	@Override
	public Class<? extends Component> view() {
		return ModerationQueueView.class;
	}

	@Override
	public OptionalLong count() {
		return currentUser.hasRole(Roles.MODERATOR)
				? OptionalLong.of(ideas.waitingCount() + moderation.reportedCount() + answers.pendingCount())
				: OptionalLong.empty();
	}

}
