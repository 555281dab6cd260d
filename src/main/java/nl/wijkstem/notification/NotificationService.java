package nl.wijkstem.notification;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.consultation.ConsultationOutcomePublished;
import nl.wijkstem.consultation.ConsultationResultsPublished;
import nl.wijkstem.idea.AuthorInformed;
import nl.wijkstem.idea.CommentPlaced;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.IdeaBallotNews;
import nl.wijkstem.idea.IdeaProgressed;
import nl.wijkstem.idea.IdeaTextRedacted;
import nl.wijkstem.idea.ModerationOutcome;
import nl.wijkstem.idea.ReportsResolved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what happens elsewhere into notices for the residents concerned, through every
 * channel, and shows residents their own notices.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private final NoticeRepository notices;

	private final List<NoticeChannel> channels;

	private final AccountService accounts;

	private final Clock clock;

	NotificationService(NoticeRepository notices, List<NoticeChannel> channels, AccountService accounts, Clock clock) {
		this.notices = notices;
		this.channels = channels;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A moderator decided about an idea: its author is told, with the moderator's words.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaDecided decided) {
		if (decided.authorId() == null) {
			return;
		}
		NoticeMessage message = new NoticeMessage(decided.authorId(), "notice.decision." + decided.decision(),
				decided.title(), decided.message(), "ideas/" + decided.ideaId());
		channels.forEach(channel -> channel.send(message));
	}

	/**
	 * A moderator revised, hid, showed again, answered or moved an idea, or hid a
	 * comment: its author is told, with the moderator's words. For a duplicate the link
	 * leads to the other idea, to support it there.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(AuthorInformed informed) {
		NoticeMessage message = new NoticeMessage(informed.authorId(), "notice.outcome." + informed.outcome(),
				informed.title(), informed.message(), "ideas/" + informed.linkIdeaId());
		channels.forEach(channel -> channel.send(message));
	}

	/** News about an idea: everyone who supports it hears it. */
	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaProgressed progressed) {
		progressed.supporterIds()
			.forEach(supporter -> channels.forEach(channel -> channel.send(new NoticeMessage(supporter,
					"notice.supported", progressed.title(), progressed.message(), "ideas/" + progressed.ideaId()))));
	}

	/**
	 * An idea went onto a ballot, was chosen, or went back: its author and its supporters
	 * hear it, with the round's name and a link to the round, so they can vote. The ideas
	 * of one round reach a person as one notice per kind, naming them all.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaBallotNews news) {
		String link = news.roundId() == null ? "ideas/" + news.ideaId() : "vote/" + news.roundId();
		if (news.authorId() != null) {
			NoticeMessage message = new NoticeMessage(news.authorId(), "notice.ballot." + news.kind() + ".author",
					news.title(), news.roundTitle(), link, true);
			channels.forEach(channel -> channel.send(message));
		}
		news.supporterIds()
			.forEach(supporter -> channels.forEach(channel -> channel.send(new NoticeMessage(supporter,
					"notice.ballot." + news.kind() + ".supporter", news.title(), news.roundTitle(), link, true))));
	}

	/**
	 * Someone commented on an idea or replied to a comment: the author of the comment
	 * replied to hears of the reply, the idea's author of the comment (once, if they are
	 * both); nobody hears of their own words. Further comments on the same idea join the
	 * unread notice instead of piling up.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(CommentPlaced placed) {
		String link = "ideas/" + placed.ideaId();
		Long repliedTo = placed.repliedToAuthorId();
		if (repliedTo != null && !repliedTo.equals(placed.commenterId())) {
			NoticeMessage message = new NoticeMessage(repliedTo, "notice.comment.reply", placed.ideaTitle(), "", link,
					true);
			channels.forEach(channel -> channel.send(message));
		}
		Long author = placed.ideaAuthorId();
		if (author != null && !author.equals(placed.commenterId()) && !author.equals(repliedTo)) {
			NoticeMessage message = new NoticeMessage(author, "notice.comment.onIdea", placed.ideaTitle(), "", link,
					true);
			channels.forEach(channel -> channel.send(message));
		}
	}

	/**
	 * A moderator closed reports: the residents who reported hear the outcome, and for a
	 * dismissal the moderator's words written for them.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(ReportsResolved resolved) {
		String key = "notice.report." + (resolved.comment() ? "comment." : "idea.") + resolved.resolution();
		String link = "ideas/" + resolved.ideaId();
		resolved.reporterIds()
			.forEach(reporter -> channels.forEach(channel -> channel
				.send(new NoticeMessage(reporter, key, resolved.title(), resolved.message(), link))));
	}

	/**
	 * A moderator took personal data out of an idea's title: notices that named the idea
	 * by an earlier title name it by the new one.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaTextRedacted redacted) {
		if (!redacted.removedTitles().isEmpty()) {
			notices.renameSubject(redacted.removedTitles(), redacted.currentTitle(), "ideas/" + redacted.ideaId(),
					"notice.outcome." + ModerationOutcome.DUPLICATE);
			// ballot notices link to their round and may name several ideas
			notices.renameBallotSubject(redacted.removedTitles(), redacted.currentTitle());
			redacted.removedTitles()
				.forEach(earlier -> notices.renameInSeveral(Notice.quoted(earlier),
						Notice.quoted(redacted.currentTitle())));
		}
	}

	/** A consultation's results are out: everyone who answered hears it. */
	@ApplicationModuleListener
	@PermitAll
	public void on(ConsultationResultsPublished published) {
		tellRespondents(published.respondentIds(), "notice.consultation.results", published.title(),
				published.consultationId());
	}

	/**
	 * The programme bureau published what it does with a consultation's results: everyone
	 * who answered hears it.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(ConsultationOutcomePublished published) {
		tellRespondents(published.respondentIds(), "notice.consultation.outcome", published.title(),
				published.consultationId());
	}

	private void tellRespondents(Iterable<Long> respondents, String key, String title, Long consultationId) {
		String link = "raadplegingen/" + consultationId;
		respondents.forEach(respondent -> channels
			.forEach(channel -> channel.send(new NoticeMessage(respondent, key, title, "", link))));
	}

	/** The signed-in resident's latest notices, newest first. */
	@RolesAllowed(Roles.RESIDENT)
	public List<NoticeView> myNotices() {
		return accounts.currentAccountId()
			.map(me -> notices.findTop50ByRecipientIdOrderByIdDesc(me).stream().map(Notice::view).toList())
			.orElse(List.of());
	}

	@RolesAllowed(Roles.RESIDENT)
	public long unreadCount() {
		return accounts.currentAccountId().map(notices::countByRecipientIdAndReadAtIsNull).orElse(0L);
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void markAllRead() {
		accounts.currentAccountId()
			.ifPresent(me -> notices.findByRecipientIdAndReadAtIsNull(me)
				.forEach(notice -> notice.markRead(clock.instant())));
	}

}
