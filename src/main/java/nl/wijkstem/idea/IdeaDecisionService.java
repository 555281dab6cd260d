package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderators' first decisions on submitted ideas (publish, ask for changes, reject),
 * their filing under the programme goals and themes, the bulk versions of both, the
 * review of ideas published at once under post-moderation, and ideas collected on paper.
 */
@Service
@Transactional(readOnly = true)
public class IdeaDecisionService {

	private static final int MESSAGE_MIN = 10;

	private static final int MESSAGE_MAX = 2000;

	private final IdeaRepository ideas;

	private final IdeaStatusChangeRepository history;

	private final ProgrammeService programme;

	private final IdeaAccess access;

	private final ModeratorEdits edits;

	private final IdeaCards cards;

	private final ModerationEvents moderation;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdeaDecisionService(IdeaRepository ideas, IdeaStatusChangeRepository history, ProgrammeService programme,
			IdeaAccess access, ModeratorEdits edits, IdeaCards cards, ModerationEvents moderation,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.ideas = ideas;
		this.history = history;
		this.programme = programme;
		this.access = access;
		this.edits = edits;
		this.cards = cards;
		this.moderation = moderation;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Submitted ideas waiting for a moderator, oldest first. */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage queue(int page, int pageSize, Locale locale) {
		return cards.moderatorsPage(
				ideas.findByStatusOrderBySubmittedAtAscIdAsc(IdeaStatus.SUBMITTED, PageRequest.of(page, pageSize)),
				locale);
	}

	/**
	 * A moderator's decision, with a message for the author. Refused when the idea
	 * changed since the moderator opened it (another moderator decided, or the author
	 * edited).
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void decide(Long ideaId, int expectedVersion, ModerationDecision decision, String message) {
		String note = IdeaRules.clean(message);
		if (decision.needsMessage() && note.length() < MESSAGE_MIN) {
			throw new Rejection(List.of(new Rejection.Problem("message", "moderation.error.message", MESSAGE_MIN)));
		}
		if (note.length() > MESSAGE_MAX) {
			throw new Rejection(List.of(new Rejection.Problem("message", "idea.error.tooLong", MESSAGE_MAX)));
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		if (idea.isOrphaned()) {
			// its author deleted their account: it should have gone with it (V49 removes
			// those left from before), and nobody may make it public in their place
			throw new Rejection("idea.error.notFound");
		}
		if (idea.getStatus() != IdeaStatus.SUBMITTED) {
			throw new Rejection("moderation.error.changedMeanwhile");
		}
		Instant now = clock.instant();
		IdeaStatus before = idea.getStatus();
		switch (decision) {
			case PUBLISH -> idea.publish(true, now);
			case REQUEST_CHANGES -> idea.requestChanges(now);
			case REJECT -> idea.reject(now);
		}
		history.save(IdeaStatusChange.of(TimelineKind.DECISION, idea.getId(), idea.getStatus(), now, note));
		edits.flushOrConflict();
		if (decision == ModerationDecision.PUBLISH) {
			events.publishEvent(new IdeaPublished(idea.getId()));
		}
		moderation.acted(IdeaActions.of(decision), idea.getId(), before.name(), idea.getStatus().name(), note);
		events.publishEvent(new IdeaDecided(idea.getId(), idea.getAuthorId(), idea.getTitle(), decision, note));
	}

	/**
	 * A moderator's decision with a message for the author and, when publishing, the
	 * filing under a programme goal and local themes, saved in one step: both happen or
	 * neither does.
	 * @param goalId the goal to file a published idea under; {@code null} leaves it
	 * unfiled (and the themes are ignored)
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void decideAndFile(Long ideaId, int expectedVersion, ModerationDecision decision, String message,
			Long goalId, Set<Long> themeIds) {
		decide(ideaId, expectedVersion, decision, message);
		if (decision == ModerationDecision.PUBLISH && goalId != null) {
			// the decision raised the version: the filing builds on this transaction's
			// own change
			file(ideaId, ideas.findById(ideaId).orElseThrow().getVersion(), goalId, themeIds);
		}
	}

	/** How many submitted ideas wait for a moderator. */
	@RolesAllowed(Roles.MODERATOR)
	public long waitingCount() {
		return ideas.countByStatus(IdeaStatus.SUBMITTED);
	}

	/**
	 * Published ideas no moderator has filed under a programme goal yet, oldest first.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage unfiled(int page, int pageSize, Locale locale) {
		return cards.moderatorsPage(ideas.findByStatusInAndGoalIdIsNullOrderByPublishedAtAscIdAsc(IdeaStatus.LISTED,
				PageRequest.of(page, pageSize)), locale);
	}

	/**
	 * Files an idea under exactly one programme goal and any number of local themes, and
	 * marks it reviewed.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void file(Long ideaId, int expectedVersion, Long goalId, Set<Long> themeIds) {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		if (goalId == null || overview.goals().stream().noneMatch(goal -> goal.id().equals(goalId))) {
			throw new Rejection(List.of(new Rejection.Problem("goal", "moderation.error.goal")));
		}
		Set<Long> known = overview.themes().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet());
		if (!known.containsAll(themeIds)) {
			throw new Rejection("moderation.error.theme");
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		String before = filing(idea.getGoalId(), idea.getAssignedThemes());
		idea.file(goalId, themeIds, clock.instant());
		edits.flushOrConflict();
		moderation.acted(IdeaActions.FILE, ideaId, before, filing(goalId, themeIds), "");
		events.publishEvent(new IdeaFiled(ideaId, goalId, Set.copyOf(themeIds)));
	}

	/**
	 * Files an idea under another programme goal, keeping its themes; the goal it already
	 * has changes nothing.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void moveToGoal(Long ideaId, int expectedVersion, Long goalId) {
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		if (goalId == null || !goalId.equals(idea.getGoalId())) {
			file(ideaId, expectedVersion, goalId, Set.copyOf(idea.getAssignedThemes()));
		}
	}

	/** A filing in codes a reader of the audit trail recognises: goal and theme ids. */
	private static String filing(Long goalId, Set<Long> themeIds) {
		return "goal=" + (goalId == null ? "-" : goalId) + " themes="
				+ themeIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	/**
	 * Public ideas no moderator looked at yet (published at once under post-moderation).
	 */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage awaitingReview(int page, int pageSize, Locale locale) {
		return cards.moderatorsPage(ideas.findByStatusInAndReviewedFalseOrderByPublishedAtAscIdAsc(IdeaStatus.LISTED,
				PageRequest.of(page, pageSize)), locale);
	}

	/**
	 * Publishes each selected submitted idea, telling each author the same message; those
	 * that changed meanwhile are skipped. The message is required: an author is never
	 * sent an empty one.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult publishAll(Map<Long, Integer> versions, String message) {
		String note = Reasons.required(message);
		return each(versions, (ideaId, version) -> decide(ideaId, version, ModerationDecision.PUBLISH, note));
	}

	/** Files each selected idea under one goal and the given themes. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult fileAll(Map<Long, Integer> versions, Long goalId, Set<Long> themeIds) {
		return each(versions, (ideaId, version) -> file(ideaId, version, goalId, themeIds));
	}

	/** Marks each selected public idea as looked at. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult markAllReviewed(Map<Long, Integer> versions) {
		return each(versions, (ideaId, version) -> {
			Idea idea = edits.atVersion(ideaId, version);
			idea.markReviewed(clock.instant());
			edits.flushOrConflict();
			moderation.acted(IdeaActions.REVIEWED, ideaId, "not reviewed", "reviewed", "");
		});
	}

	/**
	 * Types in an idea a resident gave on paper, by phone or at a neighbourhood evening.
	 * It is published at once (the moderator read it) and marked as collected.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long collect(CollectedIdea collected) {
		List<Rejection.Problem> problems = new ArrayList<>(IdeaRules.submissionProblems(collected.content()));
		String where = IdeaRules.clean(collected.collectedAt());
		if (where.length() < 3) {
			problems.add(new Rejection.Problem("collectedAt", "moderation.error.collectedAt"));
		}
		if (where.length() > 200 || IdeaRules.clean(collected.residentName()).length() > 100) {
			problems.add(new Rejection.Problem("collectedAt", "idea.error.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Instant now = clock.instant();
		Idea idea = ideas.save(Idea.collected(access.me(), collected.content(), where,
				collected.residentName() == null ? "" : collected.residentName(), now));
		history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.SUBMITTED, now));
		idea.publish(true, now);
		history.save(new IdeaStatusChange(idea.getId(), IdeaStatus.PUBLISHED, now));
		ideas.flush();
		events.publishEvent(new IdeaSubmitted(idea.getId()));
		events.publishEvent(new IdeaPublished(idea.getId()));
		moderation.acted(IdeaActions.COLLECT, idea.getId(), "", "PUBLISHED", where);
		return idea.getId();
	}

	private BulkResult each(Map<Long, Integer> versions, BulkStep step) {
		int done = 0;
		for (Map.Entry<Long, Integer> selected : versions.entrySet()) {
			try {
				transaction.executeWithoutResult(status -> step.apply(selected.getKey(), selected.getValue()));
				done++;
			}
			catch (Rejection | OptimisticLockingFailureException skipped) {
				// told as a number: the moderator sees which ones are still in the list
			}
		}
		return new BulkResult(done, versions.size() - done);
	}

	private interface BulkStep {

		void apply(Long ideaId, int version);

	}

}
