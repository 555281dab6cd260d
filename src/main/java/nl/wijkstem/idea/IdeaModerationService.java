package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderators' work after the first decision: revising, marking duplicates, hiding,
 * handling reports, moving public ideas through their statuses with official answers,
 * bulk actions, and ideas collected on paper. Every action is told to the author and kept
 * for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class IdeaModerationService {

	private static final int REASON_MIN = 10;

	private static final int REASON_MAX = 2000;

	private static final int EXCERPT = 140;

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final IdeaRevisionRepository revisions;

	private final SupportRepository supports;

	private final IdeaStatusChangeRepository history;

	private final IdeaService ideaService;

	private final UpdatePhotos updatePhotos;

	private final AccountService accounts;

	private final IdeaAccess access;

	private final ModeratorEdits edits;

	private final IdeaProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdeaModerationService(IdeaRepository ideas, CommentRepository comments, ReportRepository reports,
			IdeaRevisionRepository revisions, SupportRepository supports, IdeaStatusChangeRepository history,
			IdeaService ideaService, UpdatePhotos updatePhotos, AccountService accounts, IdeaAccess access,
			ModeratorEdits edits, IdeaProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.ideas = ideas;
		this.comments = comments;
		this.reports = reports;
		this.revisions = revisions;
		this.supports = supports;
		this.history = history;
		this.ideaService = ideaService;
		this.updatePhotos = updatePhotos;
		this.accounts = accounts;
		this.access = access;
		this.edits = edits;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Public ideas no moderator looked at yet (published at once under post-moderation).
	 */
	@RolesAllowed(Roles.MODERATOR)
	public IdeaPage awaitingReview(int page, int pageSize, Locale locale) {
		return ideaService.moderatorsPage(ideas.findByStatusInAndReviewedFalseOrderByPublishedAtAscIdAsc(
				IdeaStatus.listed(), PageRequest.of(page, pageSize)), locale);
	}

	@RolesAllowed(Roles.MODERATOR)
	public long awaitingReviewCount() {
		return ideas.countByStatusInAndReviewedFalse(IdeaStatus.listed());
	}

	/** Ideas and comments with open reports, the longest waiting first. */
	@RolesAllowed(Roles.MODERATOR)
	public ReportedPage reported(int page, int pageSize) {
		Page<ReportedTarget> targets = reports.openTargets(PageRequest.of(page, pageSize));
		return new ReportedPage(summaries(targets.getContent()), targets.getTotalElements());
	}

	@RolesAllowed(Roles.MODERATOR)
	public long reportedCount() {
		return reports.countOpenTargets();
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
		return new ModerationFacts(others, summaries(List.copyOf(targets.values())), revisionViews, hidden);
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
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("kind", "moderation.error.revisionKind")));
		}
		String why = reason(reason);
		IdeaDraft changed = new IdeaDraft(title, description, PlaceKind.OTHER, null, location, null, null);
		List<IdeaRejectedException.Problem> problems = IdeaRules.submissionProblems(changed)
			.stream()
			.filter(problem -> Set.of("title", "description", "locationText").contains(problem.field()))
			.toList();
		if (!problems.isEmpty()) {
			throw new IdeaRejectedException(problems);
		}
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		Set<IdeaTextField> fields = changedFields(idea, title, description, location);
		if (fields.isEmpty()) {
			throw new IdeaRejectedException("moderation.error.nothingChanged");
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
		acted(IdeaActions.REVISE, ideaId, before, idea.getTitle(), why);
		if (redaction) {
			earlierTitles.remove(idea.getTitle());
			events.publishEvent(new IdeaTextRedacted(ideaId, fields,
					fields.contains(IdeaTextField.TITLE) ? earlierTitles : Set.of(), idea.getTitle()));
			acted(IdeaActions.REDACT, ideaId, "", fields.stream().map(Enum::name).collect(Collectors.joining(",")), "");
		}
		tell(idea, ModerationOutcome.REVISED, why, ideaId);
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
		String why = reason(message);
		Idea original = ideas.findById(Objects.requireNonNull(originalId))
			.filter(Idea::isVisibleToAll)
			.filter(found -> found.getStatus().isListed())
			.orElseThrow(() -> new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("original", "moderation.error.original"))));
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		IdeaStatus before = idea.getStatus();
		Instant now = clock.instant();
		idea.markDuplicateOf(original.getId(), now);
		history.save(IdeaStatusChange.of(TimelineKind.DECISION, ideaId, IdeaStatus.DUPLICATE, now, why));
		edits.flushOrConflict();
		acted(IdeaActions.DUPLICATE, ideaId, before.name(), "DUPLICATE of " + original.getId(), why);
		tell(idea, ModerationOutcome.DUPLICATE, why, original.getId());
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
		String why = reason(message);
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
		acted(IdeaActions.DUPLICATE_UNDONE, ideaId, "DUPLICATE of " + original, idea.getStatus().name(), why);
		tell(idea, ModerationOutcome.DUPLICATE_UNDONE, why, ideaId);
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
		String why = reason(message);
		updatePhotos.check(Objects.requireNonNull(next), photos);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		IdeaStatus before = idea.getStatus();
		Instant now = clock.instant();
		idea.progress(next, now);
		IdeaStatusChange step = history.save(new IdeaStatusChange(ideaId, next, now, why));
		// a change by someone else meanwhile is told as such before any photo is written
		edits.flushOrConflict();
		updatePhotos.keep(ideaId, step.getId(), photos, now);
		acted(IdeaActions.STATUS, ideaId, before.name(), next.name(), why);
		tell(idea, ModerationOutcome.STATUS_CHANGED, why, ideaId);
		tellSupporters(idea, why);
	}

	/** An official answer of the programme bureau, shown on the idea page as such. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void answer(Long ideaId, String text) {
		String answer = reason(text);
		Idea idea = find(ideaId);
		if (!idea.getStatus().isPublic()) {
			throw new IdeaRejectedException("moderation.error.notPublic");
		}
		history.save(IdeaStatusChange.of(TimelineKind.ANSWER, ideaId, idea.getStatus(), clock.instant(), answer));
		acted(IdeaActions.ANSWER, ideaId, "", answer, "");
		tell(idea, ModerationOutcome.ANSWERED, answer, ideaId);
		tellSupporters(idea, answer);
	}

	/** Takes a public idea out of view; its author sees that it is hidden and why. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void hide(Long ideaId, int expectedVersion, String reason) {
		String why = reason(reason);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		if (idea.isHidden() && !idea.getHiddenReason().isEmpty()) {
			throw new IdeaRejectedException("moderation.error.changedMeanwhile");
		}
		idea.hide(why, clock.instant());
		resolveReports("idea:" + ideaId, ReportResolution.UPHELD);
		edits.flushOrConflict();
		acted(IdeaActions.HIDE, ideaId, "visible", "hidden", why);
		tell(idea, ModerationOutcome.HIDDEN, why, ideaId);
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void unhide(Long ideaId, int expectedVersion, String reason) {
		String why = reason(reason);
		Idea idea = edits.atVersion(ideaId, expectedVersion);
		idea.unhide(clock.instant());
		resolveReports("idea:" + ideaId, ReportResolution.DISMISSED);
		edits.flushOrConflict();
		events.publishEvent(new IdeaRevised(ideaId));
		acted(IdeaActions.UNHIDE, ideaId, "hidden", "visible", why);
		tell(idea, ModerationOutcome.SHOWN_AGAIN, why, ideaId);
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void hideComment(Long commentId, String reason) {
		String why = reason(reason);
		Comment comment = comment(commentId);
		if (comment.isHidden() && !comment.getHiddenReason().isEmpty()) {
			throw new IdeaRejectedException("moderation.error.changedMeanwhile");
		}
		comment.hide(why);
		resolveReports("comment:" + commentId, ReportResolution.UPHELD);
		acted(IdeaActions.COMMENT_HIDE, "comment", commentId, "visible", "hidden", why);
		tellCommenter(comment, ModerationOutcome.COMMENT_HIDDEN, why);
	}

	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void unhideComment(Long commentId, String reason) {
		String why = reason(reason);
		Comment comment = comment(commentId);
		if (!comment.isHidden()) {
			throw new IdeaRejectedException("moderation.error.notHidden");
		}
		comment.unhide();
		resolveReports("comment:" + commentId, ReportResolution.DISMISSED);
		acted(IdeaActions.COMMENT_UNHIDE, "comment", commentId, "hidden", "visible", why);
		tellCommenter(comment, ModerationOutcome.COMMENT_SHOWN_AGAIN, why);
	}

	/**
	 * The reports were wrong: the idea or comment is shown again (if reports hid it) and
	 * the reports are closed.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void dismissReports(String targetKey, String reason) {
		String why = reason(reason);
		List<Report> open = openReports(targetKey);
		open.forEach(report -> report.resolve(ReportResolution.DISMISSED, clock.instant()));
		Report first = open.getFirst();
		if (first.getCommentId() != null) {
			comments.findById(first.getCommentId())
				.filter(comment -> comment.isHidden() && comment.getHiddenReason().isEmpty())
				.ifPresent(Comment::unhide);
		}
		else {
			ideas.findById(first.getIdeaId())
				.filter(idea -> idea.isHidden() && idea.getHiddenReason().isEmpty())
				.ifPresent(idea -> {
					idea.unhide(clock.instant());
					events.publishEvent(new IdeaRevised(idea.getId()));
				});
		}
		acted(IdeaActions.REPORT_DISMISS, first.getCommentId() == null ? "idea" : "comment",
				first.getCommentId() == null ? first.getIdeaId() : first.getCommentId(), open.size() + " reports",
				"dismissed", why);
		tellReporters(open, ReportResolution.DISMISSED, why);
	}

	/**
	 * The reports were right: the idea or comment is hidden with the moderator's reason.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void upholdReports(String targetKey, String reason) {
		String why = reason(reason);
		List<Report> open = openReports(targetKey);
		Report first = open.getFirst();
		if (first.getCommentId() != null) {
			Comment comment = comment(first.getCommentId());
			comment.hide(why);
			resolveReports(targetKey, ReportResolution.UPHELD);
			acted(IdeaActions.REPORT_UPHOLD, "comment", comment.getId(), "reported", "hidden", why);
			tellCommenter(comment, ModerationOutcome.COMMENT_HIDDEN, why);
		}
		else {
			Idea idea = find(first.getIdeaId());
			idea.hide(why, clock.instant());
			resolveReports(targetKey, ReportResolution.UPHELD);
			acted(IdeaActions.REPORT_UPHOLD, idea.getId(), "reported", "hidden", why);
			tell(idea, ModerationOutcome.HIDDEN, why, idea.getId());
		}
		// the reason was written for the author; the reporters only hear that it was
		// hidden
		tellReporters(open, ReportResolution.UPHELD, "");
	}

	/**
	 * Reports from enough different residents hide an item until a moderator looks. What
	 * it says is never judged by a machine: only the number of people counts.
	 */
	@EventListener
	@PermitAll
	@Transactional
	public void on(ContentReported reported) {
		String key = reported.commentId() == null ? "idea:" + reported.ideaId() : "comment:" + reported.commentId();
		if (reports.countByTargetKeyAndResolutionIsNull(key) < properties.reportThreshold()) {
			return;
		}
		if (reported.commentId() != null) {
			comments.findById(reported.commentId())
				.filter(comment -> !comment.isHidden())
				.ifPresent(comment -> comment.hide(null));
		}
		else {
			ideas.findById(reported.ideaId())
				.filter(idea -> idea.isVisibleToAll() && !IdeaLifecycle.isLockedByBallot(idea.getStatus()))
				.ifPresent(idea -> idea.hide(null, clock.instant()));
		}
	}

	/**
	 * Publishes each selected submitted idea, telling each author the same message; those
	 * that changed meanwhile are skipped. The message is required: an author is never
	 * sent an empty one.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult publishAll(Map<Long, Integer> versions, String message) {
		String note = reason(message);
		return each(versions,
				(ideaId, version) -> ideaService.decide(ideaId, version, ModerationDecision.PUBLISH, note));
	}

	/** Files each selected idea under one goal and the given themes. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult fileAll(Map<Long, Integer> versions, Long goalId, Set<Long> themeIds) {
		return each(versions, (ideaId, version) -> ideaService.file(ideaId, version, goalId, themeIds));
	}

	/** Marks each selected public idea as looked at. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult markAllReviewed(Map<Long, Integer> versions) {
		return each(versions, (ideaId, version) -> {
			Idea idea = edits.atVersion(ideaId, version);
			idea.markReviewed(clock.instant());
			edits.flushOrConflict();
			acted(IdeaActions.REVIEWED, ideaId, "not reviewed", "reviewed", "");
		});
	}

	/**
	 * Types in an idea a resident gave on paper, by phone or at a neighbourhood evening.
	 * It is published at once (the moderator read it) and marked as collected.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long collect(CollectedIdea collected) {
		List<IdeaRejectedException.Problem> problems = new ArrayList<>(
				IdeaRules.submissionProblems(collected.content()));
		String where = IdeaRules.clean(collected.collectedAt());
		if (where.length() < 3) {
			problems.add(new IdeaRejectedException.Problem("collectedAt", "moderation.error.collectedAt"));
		}
		if (where.length() > 200 || IdeaRules.clean(collected.residentName()).length() > 100) {
			problems.add(new IdeaRejectedException.Problem("collectedAt", "idea.error.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new IdeaRejectedException(problems);
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
		acted(IdeaActions.COLLECT, idea.getId(), "", "PUBLISHED", where);
		return idea.getId();
	}

	private BulkResult each(Map<Long, Integer> versions, BulkStep step) {
		int done = 0;
		for (Map.Entry<Long, Integer> selected : versions.entrySet()) {
			try {
				transaction.executeWithoutResult(status -> step.apply(selected.getKey(), selected.getValue()));
				done++;
			}
			catch (IdeaRejectedException | OptimisticLockingFailureException skipped) {
				// told as a number: the moderator sees which ones are still in the list
			}
		}
		return new BulkResult(done, versions.size() - done);
	}

	@FunctionalInterface
	private interface BulkStep {

		void apply(Long ideaId, int version);

	}

	private List<ModerationFacts.ReportSummary> summaries(List<ReportedTarget> targets) {
		if (targets.isEmpty()) {
			return List.of();
		}
		Map<String, Map<ReportReason, Long>> reasons = new LinkedHashMap<>();
		reports.findByTargetKeyInAndResolutionIsNull(targets.stream().map(ReportedTarget::targetKey).toList())
			.forEach(report -> reasons.computeIfAbsent(report.getTargetKey(), key -> new EnumMap<>(ReportReason.class))
				.merge(report.getReason(), 1L, Long::sum));
		Set<Long> ideaIds = targets.stream().map(ReportedTarget::ideaId).collect(Collectors.toSet());
		Map<Long, Idea> reportedIdeas = ideas.findAllById(ideaIds)
			.stream()
			.collect(Collectors.toMap(Idea::getId, idea -> idea));
		Set<Long> commentIds = targets.stream()
			.map(ReportedTarget::commentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		Map<Long, Comment> reportedComments = commentIds.isEmpty() ? Map.of()
				: comments.findByIdIn(commentIds)
					.stream()
					.collect(Collectors.toMap(Comment::getId, comment -> comment));
		return targets.stream().map(target -> {
			Comment comment = target.commentId() == null ? null : reportedComments.get(target.commentId());
			Idea idea = reportedIdeas.get(target.ideaId());
			String excerpt = comment != null ? IdeaService.excerpt(comment.getBody())
					: idea == null ? "" : idea.getTitle();
			boolean hidden = comment != null ? comment.isHidden() : idea != null && idea.isHidden();
			return new ModerationFacts.ReportSummary(target.targetKey(), target.ideaId(), target.commentId(),
					excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + " …" : excerpt, hidden,
					target.reports(), reasons.getOrDefault(target.targetKey(), Map.of()), target.firstReportedAt());
		}).toList();
	}

	private List<Report> openReports(String targetKey) {
		List<Report> open = reports.findByTargetKeyInAndResolutionIsNull(List.of(Objects.requireNonNull(targetKey)));
		if (open.isEmpty()) {
			throw new IdeaRejectedException("moderation.error.changedMeanwhile");
		}
		return open;
	}

	private void resolveReports(String targetKey, ReportResolution resolution) {
		reports.findByTargetKeyInAndResolutionIsNull(List.of(targetKey))
			.forEach(report -> report.resolve(resolution, clock.instant()));
	}

	private static String reason(String text) {
		String reason = IdeaRules.clean(text);
		if (reason.length() < REASON_MIN) {
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("message", "moderation.error.message", REASON_MIN)));
		}
		if (reason.length() > REASON_MAX) {
			throw new IdeaRejectedException(
					List.of(new IdeaRejectedException.Problem("message", "idea.error.tooLong", REASON_MAX)));
		}
		return reason;
	}

	private Idea find(Long ideaId) {
		return ideas.findById(ideaId).orElseThrow(() -> new IdeaRejectedException("idea.error.notFound"));
	}

	private Comment comment(Long commentId) {
		return comments.findById(commentId).orElseThrow(() -> new IdeaRejectedException("comment.error.notFound"));
	}

	private void acted(IdeaActions action, Long ideaId, String before, String after, String reason) {
		acted(action, "idea", ideaId, before, after, reason);
	}

	private void acted(IdeaActions action, String subjectType, Long subjectId, String before, String after,
			String reason) {
		events.publishEvent(new ModerationActionTaken(action, subjectType, subjectId, before, after, reason));
	}

	private void tell(Idea idea, ModerationOutcome outcome, String message, Long linkIdeaId) {
		if (idea.getAuthorId() != null) {
			events.publishEvent(new AuthorInformed(idea.getAuthorId(), outcome, idea.getTitle(), message, linkIdeaId));
		}
	}

	private void tellSupporters(Idea idea, String message) {
		Set<Long> supporters = new HashSet<>(supports.supporters(idea.getId()));
		supporters.remove(idea.getAuthorId());
		if (!supporters.isEmpty()) {
			events.publishEvent(new IdeaProgressed(idea.getId(), idea.getTitle(), idea.getStatus(), message,
					Set.copyOf(supporters)));
		}
	}

	private void tellReporters(List<Report> closed, ReportResolution resolution, String message) {
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

	private void tellCommenter(Comment comment, ModerationOutcome outcome, String message) {
		if (comment.getAuthorId() != null) {
			Idea idea = find(comment.getIdeaId());
			events.publishEvent(
					new AuthorInformed(comment.getAuthorId(), outcome, idea.getTitle(), message, idea.getId()));
		}
	}

}
