package nl.wijkstem.idea;

import nl.wijkstem.audit.ModerationActionTaken;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every moderation action: the entry for the audit trail, and the message to
 * the author, the supporters or the reporters.
 */
@Component
class ModerationEvents {

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final ApplicationEventPublisher events;

	ModerationEvents(IdeaRepository ideas, SupportRepository supports, ApplicationEventPublisher events) {
		this.ideas = ideas;
		this.supports = supports;
		this.events = events;
	}

	void acted(IdeaActions action, Long ideaId, String before, String after, String reason) {
		acted(action, "idea", ideaId, before, after, reason);
	}

	void acted(IdeaActions action, String subjectType, Long subjectId, String before, String after, String reason) {
		events.publishEvent(new ModerationActionTaken(action, subjectType, subjectId, before, after, reason));
	}

	void tell(Idea idea, ModerationOutcome outcome, String message, Long linkIdeaId) {
		if (idea.getAuthorId() != null) {
			events.publishEvent(new AuthorInformed(idea.getAuthorId(), outcome, idea.getTitle(), message, linkIdeaId));
		}
	}

	/**
	 * Also without supporters: those who follow the idea, its goal or its themes hear the
	 * news as well.
	 */
	void tellSupporters(Idea idea, String message) {
		Set<Long> supporters = new HashSet<>(supports.supporters(idea.getId()));
		supporters.remove(idea.getAuthorId());
		Set<Long> themes = !idea.getAssignedThemes().isEmpty() ? idea.getAssignedThemes()
				: idea.getThemeId() == null ? Set.of() : Set.of(idea.getThemeId());
		events.publishEvent(new IdeaProgressed(idea.getId(), idea.getTitle(), idea.getStatus(), message,
				Set.copyOf(supporters), idea.getAuthorId(), idea.getGoalId(), themes));
	}

	void tellReporters(List<Report> closed, ReportResolution resolution, String message) {
		Set<Long> reporters = closed.stream()
			.map(Report::getReporterId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Report first = closed.getFirst();
		Idea idea = ideas.findById(first.getIdeaId()).orElse(null);
		if (!reporters.isEmpty() && idea != null) {
			events.publishEvent(new ReportsResolved(reporters, idea.getId(), idea.getTitle(),
					first.getCommentId() != null, resolution, message));
		}
	}

	void tellCommenter(Comment comment, ModerationOutcome outcome, String message) {
		if (comment.getAuthorId() != null) {
			Idea idea = ideas.findById(comment.getIdeaId()).orElseThrow();
			events.publishEvent(
					new AuthorInformed(comment.getAuthorId(), outcome, idea.getTitle(), message, idea.getId()));
		}
	}

}
