package nl.wijkstem.consultation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.CollectedIdea;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaDraft;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators read open answers and places' remarks before anyone else sees them: shown as
 * written, shown without personal data (the moderator's version is what residents read),
 * or hidden. They can also make an idea of one. Every decision goes into the audit trail,
 * without the words themselves: the trail is kept for good, answers are not.
 */
@Service
public class AnswerReviewService {

	static final int TEXT_MAX = 4000;

	static final int REASON_MAX = 2000;

	private static final int COLLECTED_AT_MAX = 200;

	private final ReviewRows rows;

	private final IdeaDecisionService ideas;

	private final FiledIdeas filedIdeas;

	private final ApplicationEventPublisher events;

	AnswerReviewService(ReviewRows rows, IdeaDecisionService ideas, FiledIdeas filedIdeas,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.ideas = ideas;
		this.filedIdeas = filedIdeas;
		this.events = events;
	}

	/** Answers no moderator has read yet, oldest first. */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public AnswerReviewPage pending(int page, int pageSize, Locale locale) {
		long total = rows.pendingCount();
		List<AnswerToReview> answers = total == 0 ? List.of() : rows.pending(page * pageSize, pageSize, locale);
		return new AnswerReviewPage(answers, total);
	}

	/** How many answers wait for a moderator. */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public long pendingCount() {
		return rows.pendingCount();
	}

	/**
	 * Shows the answer as the resident wrote it.
	 * @throws Rejection {@code consultation.error.answerChanged} when another moderator
	 * decided meanwhile
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void show(Long answerId, int expectedVersion) {
		decide(answerId, expectedVersion, AnswerReview.SHOWN, null, ReviewActions.SHOW, "");
	}

	/**
	 * Shows the moderator's version of the answer, with personal data taken out; the
	 * resident's own words stay only in their answer (and their data download).
	 * @throws Rejection naming the field {@code shownText} when it is empty or too long
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void showRedacted(Long answerId, int expectedVersion, String shownText) {
		String text = shownText == null ? "" : shownText.strip();
		if (text.isEmpty()) {
			throw new Rejection(List.of(new Rejection.Problem("shownText", "consultation.error.shownTextEmpty")));
		}
		if (text.length() > TEXT_MAX) {
			throw new Rejection(
					List.of(new Rejection.Problem("shownText", "consultation.error.reviewTooLong", TEXT_MAX)));
		}
		decide(answerId, expectedVersion, AnswerReview.SHOWN, text, ReviewActions.REDACT, "");
	}

	/**
	 * Never shows the answer. It still counts where it is counted (a place's pin in its
	 * cell); only its words stay hidden.
	 * @param reason for the audit trail, may be empty
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public void hide(Long answerId, int expectedVersion, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.length() > REASON_MAX) {
			throw new Rejection(
					List.of(new Rejection.Problem("reason", "consultation.error.reviewTooLong", REASON_MAX)));
		}
		decide(answerId, expectedVersion, AnswerReview.HIDDEN, null, ReviewActions.HIDE, why);
	}

	/**
	 * Makes an idea of the answer in one step: collected (published at once, marked with
	 * where it was collected), filed under the goal and themes, and linked from the
	 * answer. Either all of it happens or nothing does. Whether the answer itself is
	 * shown is a decision of its own.
	 * @return the new idea
	 * @throws Rejection with the idea form's fields ({@code title}, {@code description},
	 * {@code placeKind}, {@code locationText}, {@code goal}), or
	 * {@code consultation.error.alreadyIdea}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional
	public Long turnIntoIdea(Long answerId, int expectedVersion, IdeaFromAnswer idea) {
		ReviewRows.Row row = current(answerId, expectedVersion);
		if (row.answer().ideaId() != null) {
			throw new Rejection("consultation.error.alreadyIdea");
		}
		if (idea.goalId() == null) {
			throw new Rejection(List.of(new Rejection.Problem("goal", "moderation.error.goal")));
		}
		AnswerToReview answer = row.answer();
		String where = idea.collectedAt() == null || idea.collectedAt().isBlank() ? row.consultationTitleNl()
				: idea.collectedAt().strip();
		if (where.length() > COLLECTED_AT_MAX) {
			where = where.substring(0, COLLECTED_AT_MAX);
		}
		IdeaDraft draft = new IdeaDraft(idea.title(), idea.description(), idea.placeKind(), null, idea.locationText(),
				answer.latitude(), answer.longitude());
		Long ideaId = ideas.collect(new CollectedIdea(draft, where, ""));
		FiledIdea collected = filedIdeas.publicIdea(ideaId).orElseThrow();
		ideas.file(ideaId, collected.version(), idea.goalId(), idea.themeIds());
		if (!rows.linkIdea(answerId, expectedVersion, ideaId)) {
			throw new Rejection("consultation.error.answerChanged");
		}
		events.publishEvent(new ModerationActionTaken(ReviewActions.TO_IDEA, ReviewActions.ANSWER, answerId, "",
				"idea " + ideaId, ""));
		return ideaId;
	}

	private void decide(Long answerId, int expectedVersion, AnswerReview review, String shownText, ReviewActions action,
			String reason) {
		ReviewRows.Row row = current(answerId, expectedVersion);
		if (!rows.decide(answerId, expectedVersion, review, shownText)) {
			throw new Rejection("consultation.error.answerChanged");
		}
		events.publishEvent(new ModerationActionTaken(action, ReviewActions.ANSWER, answerId, state(row.review()),
				state(review), reason));
	}

	private ReviewRows.Row current(Long answerId, int expectedVersion) {
		ReviewRows.Row row = (answerId == null ? Optional.<ReviewRows.Row>empty() : rows.find(answerId))
			.orElseThrow(() -> new Rejection("consultation.error.unknownAnswer"));
		if (row.answer().version() != expectedVersion) {
			throw new Rejection("consultation.error.answerChanged");
		}
		return row;
	}

	/** In the words the audit trail already knows for these states. */
	private static String state(AnswerReview review) {
		return switch (review) {
			case PENDING -> "not reviewed";
			case SHOWN -> "visible";
			case HIDDEN -> "hidden";
		};
	}

}
