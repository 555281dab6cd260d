package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.audit.AuditRedaction;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' work on an idea after the first decision: revising its words, marking
 * duplicates, hiding and showing it, moving it through its public statuses with updates
 * and official answers. Every action is told to the author and kept for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class IdeaModerationService {

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final IdeaRevisionRepository revisions;

	private final IdeaStatusChangeRepository history;

	private final ReportService reportsService;

	private final AuditRedaction auditRedaction;

	private final UpdatePhotos updatePhotos;

	private final AccountService accounts;

	private final IdeaAccess access;

	private final ModeratorEdits edits;

	private final ModerationEvents moderation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdeaModerationService(IdeaRepository ideas, CommentRepository comments, ReportRepository reports,
			IdeaRevisionRepository revisions, IdeaStatusChangeRepository history, ReportService reportsService,
			AuditRedaction auditRedaction, UpdatePhotos updatePhotos, AccountService accounts, IdeaAccess access,
			ModeratorEdits edits, ModerationEvents moderation, ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.comments = comments;
		this.reports = reports;
		this.revisions = revisions;
		this.history = history;
		this.reportsService = reportsService;
		this.auditRedaction = auditRedaction;
		this.updatePhotos = updatePhotos;
		this.accounts = accounts;
		this.access = access;
		this.edits = edits;
		this.moderation = moderation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The author's record, open reports, earlier texts and hidden comments of one idea.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public ModerationFacts facts(Long ideaId) {
		Idea idea = find(ideaId);
		long others = idea.getAuthorId() == null ? 0
				: ideas.countByAuthorIdAndIdNotAndStatusNot(idea.getAuthorId(), ideaId, IdeaStatus.DRAFT);
		List<Report> open = reports.findByIdeaIdAndResolutionIsNullOrderByCreatedAtAsc(ideaId);
		Map<String, ReportedTarget> targets = new LinkedHashMap<>();
		open.forEach(report -> targets.merge(report.getTargetKey(),
				new ReportedTarget(report.getTargetKey(), report.getIdeaId(), report.getCommentId(), 1,
						report.getCreatedAt()),
				(a, b) -> new ReportedTarget(a.targetKey(), a.ideaId(), a.commentId(), a.reports() + 1,
						a.firstReportedAt())));
		List<IdeaRevision> earlier = revisions.findByIdeaIdOrderByRevisedAtDescIdDesc(ideaId);
		Map<Long, String> editors = accounts.displayNames(earlier.stream()
			.flatMap(revision -> Stream.of(revision.getEditorId(), revision.getRedactedBy()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<ModerationFacts.RevisionView> revisionViews = earlier.stream()
			.map(revision -> new ModerationFacts.RevisionView(editors.getOrDefault(revision.getEditorId(), ""),
					revision.getReasonKind(), revision.getReason(),
					Objects.requireNonNullElse(revision.getTitleBefore(), ""),
					Objects.requireNonNullElse(revision.getDescriptionBefore(), ""),
					Objects.requireNonNullElse(revision.getLocationBefore(), ""), revision.getRevisedAt(),
					revision.getRedactedFields(),
					revision.getRedactedBy() == null ? "" : editors.getOrDefault(revision.getRedactedBy(), ""),
					revision.getRedactedAt()))
			.toList();
		List<ModerationFacts.HiddenComment> hidden = comments.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId)
			.stream()
			.filter(Comment::isHidden)
			.map(comment -> new ModerationFacts.HiddenComment(comment.getId(), comment.getBody(),
					comment.getHiddenReason()))
			.toList();
		return new ModerationFacts(others, reportsService.summaries(List.copyOf(targets.values())), revisionViews,
				hidden);
	}

	/**
	 * Changes the words of a submitted or public idea, for clarity or to take out
	 * personal data, and tells the author why. For clarity the old text is kept with who
	 * did it and why. For personal data the parts that changed are removed from every
	 * earlier text the application kept (earlier revisions, the audit trail, notices, the
	 * search index): only who removed which parts, and when, stays.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void revise(Long ideaId, int expectedVersion, String title, String description, String location,
			RevisionReason kind, String reason) {
		if (kind == null) {
			throw new Rejection(List.of(new Rejection.Problem("kind", "moderation.error.revisionKind")));
		}
		String why = Reasons.required(reason);
		IdeaDraft changed = new IdeaDraft(title, description, PlaceKind.OTHER, null, location, null, null);
		List<Rejection.Problem> problems = IdeaRules.submissionProblems(changed)
			.stream()
			.filter(problem -> Set.of("title", "description", "locationText").contains(problem.field()))
			.toList();
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		Set<IdeaTextField> fields = changedFields(idea, title, description, location);
		if (fields.isEmpty()) {
			throw new Rejection("moderation.error.nothingChanged");
		}
		Instant now = clock.instant();
		Long me = access.me();
		List<IdeaRevision> earlier = revisions.findByIdeaIdOrderByRevisedAtDescIdDesc(ideaId);
		Set<String> earlierTitles = new LinkedHashSet<>();
		earlierTitles.add(idea.getTitle());
		earlier.stream().map(IdeaRevision::getTitleBefore).filter(Objects::nonNull).forEach(earlierTitles::add);
		boolean redaction = kind == RevisionReason.PERSONAL_DATA;
		// the personal data is never written, not even for a moment: removed before
		// saving
		IdeaRevision revision = new IdeaRevision(idea, me, kind, why, now);
		if (redaction) {
			revision.redact(fields, me, now);
			earlier.forEach(older -> older.redact(fields, me, now));
		}
		revisions.save(revision);
		String before = redaction && fields.contains(IdeaTextField.TITLE) ? IdeaTextRedacted.REMOVED : idea.getTitle();
		idea.revise(title, description, location, now);
		history.save(IdeaStatusChange.of(TimelineKind.REVISION, ideaId, idea.getStatus(), now, why));
		edits.flushOrConflict();
		events.publishEvent(new IdeaRevised(ideaId));
		moderation.acted(IdeaActions.REVISE, ideaId, before, idea.getTitle(), why);
		if (redaction) {
			earlierTitles.remove(idea.getTitle());
			Set<String> removedTitles = fields.contains(IdeaTextField.TITLE) ? earlierTitles : Set.of();
			events.publishEvent(new IdeaTextRedacted(ideaId, fields, removedTitles, idea.getTitle()));
			auditRedaction.removeTitles(ideaId, removedTitles, IdeaTextRedacted.REMOVED);
			moderation.acted(IdeaActions.REDACT, ideaId, "",
					fields.stream().map(Enum::name).collect(Collectors.joining(",")), "");
		}
		moderation.tell(idea, ModerationOutcome.REVISED, why, ideaId);
	}

	private static Set<IdeaTextField> changedFields(Idea idea, String title, String description, String location) {
		Set<IdeaTextField> fields = EnumSet.noneOf(IdeaTextField.class);
		if (!IdeaRules.clean(title).equals(idea.getTitle())) {
			fields.add(IdeaTextField.TITLE);
		}
		if (!IdeaRules.clean(description).equals(idea.getDescription())) {
			fields.add(IdeaTextField.DESCRIPTION);
		}
		if (!IdeaRules.clean(location).equals(Objects.requireNonNullElse(idea.getLocationText(), ""))) {
			fields.add(IdeaTextField.LOCATION);
		}
		return fields;
	}

	/**
	 * Marks an idea as the same as another, published one. Its supports stay where they
	 * are; the author is invited to support the other idea.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void markDuplicate(Long ideaId, int expectedVersion, Long originalId, String message) {
		String why = Reasons.required(message);
		Idea original = ideas.findById(Objects.requireNonNull(originalId))
			.filter(Idea::isVisibleToAll)
			.filter(found -> found.getStatus().isListed())
			.orElseThrow(() -> new Rejection(List.of(new Rejection.Problem("original", "moderation.error.original"))));
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		IdeaStatus before = idea.getStatus();
		Instant now = clock.instant();
		idea.markDuplicateOf(original.getId(), now);
		history.save(IdeaStatusChange.of(TimelineKind.DECISION, ideaId, IdeaStatus.DUPLICATE, now, why));
		edits.flushOrConflict();
		moderation.acted(IdeaActions.DUPLICATE, ideaId, before.name(), "DUPLICATE of " + original.getId(), why);
		moderation.tell(idea, ModerationOutcome.DUPLICATE, why, original.getId());
	}

	/**
	 * The original of an idea marked as a duplicate, for the moderator whatever the
	 * original's state, and where the idea goes back to if the marking is undone.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public Optional<DuplicateInfo> duplicate(Long ideaId) {
		return ideas.findById(ideaId)
			.filter(idea -> idea.getStatus() == IdeaStatus.DUPLICATE && idea.getDuplicateOf() != null)
			.flatMap(idea -> ideas.findById(idea.getDuplicateOf())
				.map(original -> new DuplicateInfo(new IdeaLink(original.getId(), original.getTitle()),
						statusAfterUndo(idea))));
	}

	/**
	 * It was not a duplicate after all: the idea goes back to the status it had before it
	 * was marked, its supports untouched, and the author is told.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void undoDuplicate(Long ideaId, int expectedVersion, String message) {
		String why = Reasons.required(message);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		Long original = idea.getDuplicateOf();
		Instant now = clock.instant();
		idea.undoDuplicate(statusAfterUndo(idea), now);
		history.save(new IdeaStatusChange(ideaId, idea.getStatus(), now, why));
		edits.flushOrConflict();
		if (idea.getStatus().isListed()) {
			// searchable again
			events.publishEvent(new IdeaRevised(ideaId));
		}
		moderation.acted(IdeaActions.DUPLICATE_UNDONE, ideaId, "DUPLICATE of " + original, idea.getStatus().name(),
				why);
		moderation.tell(idea, ModerationOutcome.DUPLICATE_UNDONE, why, ideaId);
	}

	/**
	 * The stored status, or for ideas marked before it was stored, the last status of
	 * their history before the marking.
	 */
	private IdeaStatus statusAfterUndo(Idea idea) {
		if (idea.getStatusBeforeDuplicate() != null) {
			return idea.getStatusBeforeDuplicate();
		}
		IdeaStatus before = IdeaStatus.PUBLISHED;
		for (IdeaStatusChange change : history.findByIdeaIdOrderByChangedAtAscIdAsc(idea.getId())) {
			if (change.getKind() == TimelineKind.STATUS && change.getStatus() != IdeaStatus.DUPLICATE) {
				before = change.getStatus();
			}
		}
		return before;
	}

	/**
	 * Moves a public idea to another public status with an update for everyone on the
	 * idea page (for "not feasible": the reason).
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void updateStatus(Long ideaId, int expectedVersion, IdeaStatus next, String message) {
		updateStatus(ideaId, expectedVersion, next, message, List.of());
	}

	/**
	 * Moves a public idea to another status with an update and, for "in progress" and
	 * "realised", up to three photos of the work.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void updateStatus(Long ideaId, int expectedVersion, IdeaStatus next, String message,
			List<UpdatePhoto> photos) {
		String why = Reasons.required(message);
		updatePhotos.check(Objects.requireNonNull(next), photos);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		IdeaStatus before = idea.getStatus();
		Instant now = clock.instant();
		idea.progress(next, now);
		IdeaStatusChange step = history.save(new IdeaStatusChange(ideaId, next, now, why));
		// a change by someone else meanwhile is told as such before any photo is written
		edits.flushOrConflict();
		updatePhotos.keep(ideaId, step.getId(), photos, now);
		moderation.acted(IdeaActions.STATUS, ideaId, before.name(), next.name(), why);
		moderation.tell(idea, ModerationOutcome.STATUS_CHANGED, why, ideaId);
		moderation.tellSupporters(idea, why);
	}

	/** An official answer of the programme bureau, shown on the idea page as such. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void answer(Long ideaId, String text) {
		String answer = Reasons.required(text);
		Idea idea = find(ideaId);
		if (!idea.getStatus().isPublic()) {
			throw new Rejection("moderation.error.notPublic");
		}
		history.save(IdeaStatusChange.of(TimelineKind.ANSWER, ideaId, idea.getStatus(), clock.instant(), answer));
		moderation.acted(IdeaActions.ANSWER, ideaId, "", answer, "");
		moderation.tell(idea, ModerationOutcome.ANSWERED, answer, ideaId);
		moderation.tellSupporters(idea, answer);
	}

	/** Takes a public idea out of view; its author sees that it is hidden and why. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void hide(Long ideaId, int expectedVersion, String reason) {
		String why = Reasons.required(reason);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		if (idea.isHidden() && !idea.getHiddenReason().isEmpty()) {
			throw new Rejection("moderation.error.changedMeanwhile");
		}
		idea.hide(why, clock.instant());
		reports.resolve("idea:" + ideaId, ReportResolution.UPHELD, clock.instant());
		edits.flushOrConflict();
		moderation.acted(IdeaActions.HIDE, ideaId, "visible", "hidden", why);
		moderation.tell(idea, ModerationOutcome.HIDDEN, why, ideaId);
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void unhide(Long ideaId, int expectedVersion, String reason) {
		String why = Reasons.required(reason);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		idea.unhide(clock.instant());
		reports.resolve("idea:" + ideaId, ReportResolution.DISMISSED, clock.instant());
		edits.flushOrConflict();
		events.publishEvent(new IdeaRevised(ideaId));
		moderation.acted(IdeaActions.UNHIDE, ideaId, "hidden", "visible", why);
		moderation.tell(idea, ModerationOutcome.SHOWN_AGAIN, why, ideaId);
	}

	private Idea find(Long ideaId) {
		return ideas.findById(ideaId).orElseThrow(() -> new Rejection("idea.error.notFound"));
	}

}
