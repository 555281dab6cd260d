package nl.wijkstem.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.FollowTarget;
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
import nl.wijkstem.moderation.GroupDissolved;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.notification.mail.NoticePreferences;
import nl.wijkstem.voting.RoundOpened;
import nl.wijkstem.voting.RoundResultsPublished;

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

	private final FollowService follows;

	private final GroupService groups;

	private final NoticePreferences preferences;

	NotificationService(NoticeRepository notices, List<NoticeChannel> channels, AccountService accounts, Clock clock,
			FollowService follows, GroupService groups, NoticePreferences preferences) {
		this.notices = notices;
		this.channels = channels;
		this.accounts = accounts;
		this.clock = clock;
		this.follows = follows;
		this.groups = groups;
		this.preferences = preferences;
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
		tell(List.of(notice(decided, decided.authorId(), "notice.decision." + decided.decision(), decided.title(),
				decided.message(), "ideas/" + decided.ideaId(), false)));
	}

	/**
	 * A moderator revised, hid, showed again, answered or moved an idea, or hid a
	 * comment: its author is told, with the moderator's words. For a duplicate the link
	 * leads to the other idea, to support it there.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(AuthorInformed informed) {
		tell(List.of(notice(informed, informed.authorId(), "notice.outcome." + informed.outcome(), informed.title(),
				informed.message(), "ideas/" + informed.linkIdeaId(), false)));
	}

	/**
	 * News about an idea: everyone who supports it hears it, and everyone who follows the
	 * idea, its group, its goal or one of its themes, once, as a follower. Its author
	 * hears it as the author ({@link AuthorInformed}), not here.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(IdeaProgressed progressed) {
		String link = "ideas/" + progressed.ideaId();
		List<NoticeMessage> messages = new ArrayList<>();
		progressed.supporterIds()
			.forEach(supporter -> messages.add(notice(progressed, supporter, "notice.supported", progressed.title(),
					progressed.message(), link, false)));
		List<FollowTarget> followed = new ArrayList<>();
		followed.add(FollowTarget.idea(progressed.ideaId()));
		groups.groupOf(progressed.ideaId()).map(FollowTarget::group).ifPresent(followed::add);
		if (progressed.goalId() != null) {
			followed.add(FollowTarget.goal(progressed.goalId()));
		}
		progressed.themeIds().forEach(theme -> followed.add(FollowTarget.theme(theme)));
		Set<Long> followers = follows.followers(followed);
		followers.removeAll(progressed.supporterIds());
		followers.remove(progressed.authorId());
		followers.forEach(follower -> messages.add(notice(progressed, follower, "notice.follow.idea",
				progressed.title(), progressed.message(), link, false)));
		tell(messages);
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
		List<NoticeMessage> messages = new ArrayList<>();
		if (news.authorId() != null) {
			messages.add(notice(news, news.authorId(), "notice.ballot." + news.kind() + ".author", news.title(),
					news.roundTitle(), link, true));
		}
		news.supporterIds()
			.forEach(supporter -> messages.add(notice(news, supporter, "notice.ballot." + news.kind() + ".supporter",
					news.title(), news.roundTitle(), link, true)));
		tell(messages);
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
		List<NoticeMessage> messages = new ArrayList<>();
		if (repliedTo != null && !repliedTo.equals(placed.commenterId())) {
			messages.add(notice(placed, repliedTo, "notice.comment.reply", placed.ideaTitle(), "", link, true));
		}
		Long author = placed.ideaAuthorId();
		if (author != null && !author.equals(placed.commenterId()) && !author.equals(repliedTo)) {
			messages.add(notice(placed, author, "notice.comment.onIdea", placed.ideaTitle(), "", link, true));
		}
		tell(messages);
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
		tell(resolved.reporterIds()
			.stream()
			.map(reporter -> notice(resolved, reporter, key, resolved.title(), resolved.message(), link, false))
			.toList());
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
		tellRespondents(published, published.respondentIds(), "notice.consultation.results", published.title(),
				published.consultationId());
	}

	/**
	 * The programme bureau published what it does with a consultation's results: everyone
	 * who answered hears it.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(ConsultationOutcomePublished published) {
		tellRespondents(published, published.respondentIds(), "notice.consultation.outcome", published.title(),
				published.consultationId());
	}

	/**
	 * Those who answered hear it as such; those who follow the consultation without
	 * having answered hear it as followers.
	 */
	private void tellRespondents(Object event, Collection<Long> respondents, String key, String title,
			Long consultationId) {
		String link = "raadplegingen/" + consultationId;
		List<NoticeMessage> messages = new ArrayList<>(respondents.stream()
			.map(respondent -> notice(event, respondent, key, title, "", link, false))
			.toList());
		Set<Long> followers = follows.followers(FollowTarget.consultation(consultationId));
		followers.removeAll(respondents);
		String followerKey = key.replace("notice.", "notice.follow.");
		followers.forEach(follower -> messages.add(notice(event, follower, followerKey, title, "", link, false)));
		tell(messages);
	}

	/**
	 * Voting opened: the round's followers and everyone who wants voting news hear it.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(RoundOpened opened) {
		tellAboutRound(opened, opened.roundId(), "notice.round.opened", opened.title());
	}

	/** A round's results are out: its followers and everyone who wants voting news. */
	@ApplicationModuleListener
	@PermitAll
	public void on(RoundResultsPublished published) {
		tellAboutRound(published, published.roundId(), "notice.round.results", published.title());
	}

	private void tellAboutRound(Object event, Long roundId, String key, String title) {
		Set<Long> recipients = new TreeSet<>(follows.followers(FollowTarget.round(roundId)));
		recipients.addAll(preferences.optedIn(NoticeKind.VOTING));
		String link = "vote/" + roundId;
		tell(recipients.stream().map(recipient -> notice(event, recipient, key, title, "", link, false)).toList());
	}

	/** A group is gone: so is following it. */
	@ApplicationModuleListener
	@PermitAll
	public void on(GroupDissolved dissolved) {
		follows.forget(FollowTarget.group(dissolved.groupId()));
	}

	/**
	 * A notice caused by {@code event}: its id is the same when the event is handled
	 * again after a crash, so e-mail goes out once.
	 */
	static NoticeMessage notice(Object event, Long recipient, String key, String subject, String detail, String link,
			boolean collapsible) {
		return new NoticeMessage(recipient, key, subject, detail, link, collapsible,
				NoticeIds.of(event, recipient, key));
	}

	/**
	 * Hands the notices of one event to every channel, in this listener's transaction: an
	 * e-mail channel's outbox rows commit with the in-app notices or not at all.
	 */
	void tell(List<NoticeMessage> messages) {
		if (!messages.isEmpty()) {
			channels.forEach(channel -> channel.sendAll(messages));
		}
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
