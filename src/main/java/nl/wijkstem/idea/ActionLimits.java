package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.ActionBudget;
import nl.wijkstem.base.security.ActionBudget.ActionLog;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The rate limits on what residents send: ideas, comments and reports, per account (every
 * one of these needs a sign-in). Counted from the ideas, comments and reports themselves,
 * so a refused action has written nothing and nothing else is stored.
 */
@Component
class ActionLimits {

	private final ActionBudget ideaBudget;

	private final ActionBudget commentBudget;

	private final ActionBudget reportBudget;

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final Clock clock;

	ActionLimits(RateLimitProperties properties, IdeaRepository ideas, CommentRepository comments,
			ReportRepository reports, Clock clock) {
		this.ideaBudget = new ActionBudget(properties.ideas());
		this.commentBudget = new ActionBudget(properties.comments());
		this.reportBudget = new ActionBudget(properties.reports());
		this.ideas = ideas;
		this.comments = comments;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * @throws Rejection when the resident sent in too many ideas lately
	 */
	void checkIdea(Long resident) {
		check(ideaBudget, (since, howMany) -> ideas.submittedTimes(resident, since, Limit.of(howMany)),
				"rateLimit.ideas");
	}

	/**
	 * @throws Rejection when the resident placed too many comments lately
	 */
	void checkComment(Long resident) {
		check(commentBudget, (since, howMany) -> comments.createdTimes(resident, since, Limit.of(howMany)),
				"rateLimit.comments");
	}

	/**
	 * @throws Rejection when the resident reported too much lately
	 */
	void checkReport(Long resident) {
		check(reportBudget, (since, howMany) -> reports.reportedTimes(resident, since, Limit.of(howMany)),
				"rateLimit.reports");
	}

	private void check(ActionBudget budget, ActionLog log, String messageKey) {
		Instant now = clock.instant();
		budget.waitBefore(now, log).ifPresent(wait -> {
			throw new Rejection(messageKey, ActionBudget.waitArguments(wait));
		});
	}

}
