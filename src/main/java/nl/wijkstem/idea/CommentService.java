package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversation under a published idea: comments, one level of replies, editing within
 * 15 minutes, deleting one's own, and reporting to the moderators.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

	static final int BODY_MAX = 2000;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final IdeaRepository ideas;

	private final AccountService accounts;

	private final IdeaAccess access;

	private final ActionLimits limits;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CommentService(CommentRepository comments, ReportRepository reports, IdeaRepository ideas, AccountService accounts,
			IdeaAccess access, ActionLimits limits, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock) {
		this.comments = comments;
		this.reports = reports;
		this.ideas = ideas;
		this.accounts = accounts;
		this.access = access;
		this.limits = limits;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The conversation under a published idea, oldest first, replies under their comment.
	 */
	@PermitAll
	public List<CommentView> comments(Long ideaId) {
		if (ideas.findById(ideaId).filter(idea -> idea.getStatus().isPublic() && access.visible(idea)).isEmpty()) {
			return List.of();
		}
		boolean moderator = access.isModerator();
		List<Comment> all = comments.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId);
		Map<Long, String> names = accounts
			.displayNames(all.stream().map(Comment::getAuthorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Optional<Long> me = access.viewer();
		Instant now = clock.instant();
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		all.stream()
			.filter(comment -> comment.getParentId() != null)
			.forEach(reply -> replies.computeIfAbsent(reply.getParentId(), parent -> new ArrayList<>())
				.add(view(reply, names, me, moderator, now, List.of())));
		return all.stream()
			.filter(comment -> comment.getParentId() == null)
			.map(comment -> view(comment, names, me, moderator, now, replies.getOrDefault(comment.getId(), List.of())))
			.toList();
	}

	/**
	 * Places a comment, or a reply when {@code replyTo} is given (a reply to a reply
	 * joins its thread).
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public Long comment(Long ideaId, Long replyTo, String text) {
		Long me = me();
		String body = checkedBody(text);
		Idea idea = ideas.findById(ideaId).orElseThrow(() -> new Rejection("idea.error.notFound"));
		if (!idea.getStatus().isOpenForSupport() || idea.isHidden()) {
			throw new Rejection("comment.error.notPublished");
		}
		limits.checkComment(me);
		Instant now = clock.instant();
		Optional<Comment> repliedTo = replyTo == null ? Optional.empty()
				: Optional.of(comments.findById(replyTo)
					.filter(comment -> comment.getIdeaId().equals(ideaId))
					.orElseThrow(() -> new Rejection("comment.error.notFound")));
		Long parent = repliedTo.map(comment -> comment.getParentId() == null ? comment.getId() : comment.getParentId())
			.orElse(null);
		Comment comment = comments.save(new Comment(ideaId, me, parent, body, now));
		ideas.addComments(ideaId, 1);
		events.publishEvent(new CommentPlaced(ideaId, idea.getTitle(), comment.getId(), me, idea.getAuthorId(),
				repliedTo.map(Comment::getAuthorId).orElse(null)));
		return comment.getId();
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void edit(Long commentId, String text) {
		String body = checkedBody(text);
		find(commentId).edit(me(), body, clock.instant());
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void delete(Long commentId) {
		Comment comment = find(commentId);
		comment.delete(me());
		ideas.addComments(comment.getIdeaId(), -1);
	}

	/**
	 * Reports an idea ({@code commentId} null) or a comment to the moderators.
	 * @return false when this resident had already reported it
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean report(Long ideaId, Long commentId, ReportReason reason) {
		Long me = me();
		reportable(ideaId, commentId);
		limits.checkReport(me);
		try {
			transaction.executeWithoutResult(status -> {
				reports
					.saveAndFlush(new Report(ideaId, commentId, me, Objects.requireNonNull(reason), clock.instant()));
				events.publishEvent(new ContentReported(ideaId, commentId, reason));
			});
			return true;
		}
		catch (DataIntegrityViolationException alreadyReported) {
			return false;
		}
	}

	/** A deleted account's comments stay in the conversation, without a name. */
	@EventListener
	@PermitAll
	@Transactional
	public void on(AccountDeleted deleted) {
		comments.forgetAuthor(deleted.accountId());
	}

	private static String checkedBody(String text) {
		String body = IdeaRules.clean(text);
		if (body.isEmpty()) {
			throw new Rejection(List.of(new Rejection.Problem("body", "comment.error.empty")));
		}
		if (body.length() > BODY_MAX) {
			throw new Rejection(List.of(new Rejection.Problem("body", "idea.error.tooLong", BODY_MAX)));
		}
		return body;
	}

	/**
	 * Only what everyone may see can be reported, and a comment only under its own idea:
	 * a report names its idea in the reporter's data download, so a report by id alone
	 * would reveal the title of someone else's draft.
	 */
	private void reportable(Long ideaId, Long commentId) {
		if (ideas.findById(ideaId).filter(Idea::isVisibleToAll).isEmpty()) {
			throw new Rejection("idea.error.notFound");
		}
		if (commentId != null
				&& comments.findById(commentId).filter(comment -> comment.getIdeaId().equals(ideaId)).isEmpty()) {
			throw new Rejection("comment.error.notFound");
		}
	}

	private Comment find(Long commentId) {
		return comments.findById(commentId).orElseThrow(() -> new Rejection("comment.error.notFound"));
	}

	private Long me() {
		return access.me();
	}

	/**
	 * A hidden comment's words are shown only to its author (with the reason) and to
	 * moderators.
	 */
	private static CommentView view(Comment comment, Map<Long, String> names, Optional<Long> me, boolean moderator,
			Instant now, List<CommentView> replies) {
		boolean mine = me.isPresent() && me.get().equals(comment.getAuthorId());
		boolean readable = !comment.isHidden() || mine || moderator;
		return new CommentView(comment.getId(),
				comment.getAuthorId() == null ? "" : names.getOrDefault(comment.getAuthorId(), ""),
				readable ? comment.getBody() : "", comment.isDeleted(), comment.getCreatedAt(),
				comment.getEditedAt() != null, mine,
				me.isPresent() && !comment.isHidden() && comment.isEditableBy(me.get(), now),
				mine && !comment.isDeleted(), replies, comment.isHidden(), readable ? comment.getHiddenReason() : "",
				readable && !comment.isDeleted() ? TextLanguage.guess(comment.getBody()) : TextLanguage.UNKNOWN);
	}

}
