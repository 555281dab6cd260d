package nl.wijkstem.idea;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' reports of ideas and comments, and the moderators' handling of them: reports
 * from enough different residents hide an item until a moderator looks; the moderator
 * upholds or dismisses them, and the reporters hear which.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private static final int EXCERPT = 140;

	private final IdeaRepository ideas;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final IdeaProperties properties;

	private final ModerationEvents moderation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportService(IdeaRepository ideas, CommentRepository comments, ReportRepository reports, IdeaProperties properties,
			ModerationEvents moderation, ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.comments = comments;
		this.reports = reports;
		this.properties = properties;
		this.moderation = moderation;
		this.events = events;
		this.clock = clock;
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

	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void unhideComment(Long commentId, String reason) {
		String why = Reasons.required(reason);
		Comment comment = comment(commentId);
		if (!comment.isHidden()) {
			throw new Rejection("moderation.error.notHidden");
		}
		comment.unhide();
		reports.resolve("comment:" + commentId, ReportResolution.DISMISSED, clock.instant());
		moderation.acted(IdeaActions.COMMENT_UNHIDE, "comment", commentId, "hidden", "visible", why);
		moderation.tellCommenter(comment, ModerationOutcome.COMMENT_SHOWN_AGAIN, why);
	}

	/**
	 * The reports were wrong: the idea or comment is shown again (if reports hid it) and
	 * the reports are closed.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void dismissReports(String targetKey, String reason) {
		String why = Reasons.required(reason);
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
		moderation.acted(IdeaActions.REPORT_DISMISS, first.getCommentId() == null ? "idea" : "comment",
				first.getCommentId() == null ? first.getIdeaId() : first.getCommentId(), open.size() + " reports",
				"dismissed", why);
		moderation.tellReporters(open, ReportResolution.DISMISSED, why);
	}

	/**
	 * The reports were right: the idea or comment is hidden with the moderator's reason.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void upholdReports(String targetKey, String reason) {
		String why = Reasons.required(reason);
		List<Report> open = openReports(targetKey);
		Report first = open.getFirst();
		if (first.getCommentId() != null) {
			Comment comment = comment(first.getCommentId());
			comment.hide(why);
			reports.resolve(targetKey, ReportResolution.UPHELD, clock.instant());
			moderation.acted(IdeaActions.REPORT_UPHOLD, "comment", comment.getId(), "reported", "hidden", why);
			moderation.tellCommenter(comment, ModerationOutcome.COMMENT_HIDDEN, why);
		}
		else {
			Idea idea = find(first.getIdeaId());
			idea.hide(why, clock.instant());
			reports.resolve(targetKey, ReportResolution.UPHELD, clock.instant());
			moderation.acted(IdeaActions.REPORT_UPHOLD, idea.getId(), "reported", "hidden", why);
			moderation.tell(idea, ModerationOutcome.HIDDEN, why, idea.getId());
		}
		// the reason was written for the author; the reporters only hear that it was
		// hidden
		moderation.tellReporters(open, ReportResolution.UPHELD, "");
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

	List<ModerationFacts.ReportSummary> summaries(List<ReportedTarget> targets) {
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
			String excerpt = comment != null ? IdeaCards.excerpt(comment.getBody())
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
			throw new Rejection("moderation.error.changedMeanwhile");
		}
		return open;
	}

	private Comment comment(Long commentId) {
		return comments.findById(commentId).orElseThrow(() -> new Rejection("comment.error.notFound"));
	}

	private Idea find(Long ideaId) {
		return ideas.findById(ideaId).orElseThrow(() -> new Rejection("idea.error.notFound"));
	}

}
