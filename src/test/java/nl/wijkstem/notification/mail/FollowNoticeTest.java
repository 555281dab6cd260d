package nl.wijkstem.notification.mail;

import java.util.Set;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.consultation.ConsultationResultsPublished;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.FollowService;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.voting.RoundOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a resident follows reaches them as they chose: news on a followed idea (or on the
 * goal it is filed under) as a notice of the kind "followed", a voting round's opening to
 * its followers and to everyone who wants voting news; nobody hears the same thing twice.
 */
@ApplicationTest
class FollowNoticeTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	MailWorker worker;

	@Autowired
	DemoUsers demo;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	FollowService follows;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	Long fatima;

	Long kees;

	Long moderator;

	Long admin;

	@BeforeEach
	void confirmedAddresses() {
		fatima = mail.residentWithAddress("fatima", "fatima@example.org");
		kees = mail.residentWithAddress("kees", "kees@example.org");
		moderator = mail.accountOf("moderator");
		admin = mail.accountOf("beheerder");
		mail.noAddress(moderator);
		mail.noAddress(admin);
	}

	@AfterEach
	void cleanUp() {
		// the digests of the context's other tests start empty for these residents
		jdbc.sql("delete from digest_item where account_id in (:ids) and outbox_id is null")
			.param("ids", java.util.List.of(fatima, kees))
			.update();
	}

	@Test
	void newsOnAFollowedIdea_reachesItsFollowersOnce_asFollowedNews() throws Exception {
		// the author's own notices (published, answered) would be mailed too
		mail.noAddress(kees);
		Long goal = fixture.goals().getFirst().id();
		Long idea = fixture.published("Een moestuin achter de school " + IdeaFixture.unique(), goal);
		fixture.supportedBy(idea, "moderator");
		demo.run("fatima", () -> follows.follow(FollowTarget.idea(idea)));
		demo.run("kees", () -> follows.follow(FollowTarget.idea(idea)));
		demo.run("moderator", () -> follows.follow(FollowTarget.idea(idea)));
		demo.run("beheerder", () -> follows.follow(FollowTarget.goal(goal)));

		demo.run("moderator", () -> moderation.answer(idea, "We beginnen in het voorjaar."));

		String link = "ideas/" + idea;
		assertThat(notices(fatima, "notice.follow.idea", link)).as("a follower of the idea").isEqualTo(1);
		assertThat(notices(admin, "notice.follow.idea", link)).as("a follower of its goal").isEqualTo(1);
		assertThat(notices(moderator, "notice.supported", link)).as("a supporter who follows").isEqualTo(1);
		assertThat(notices(moderator, "notice.follow.idea", link)).as("... is not told twice").isZero();
		assertThat(notices(kees, "notice.follow.idea", link)).as("its author hears it as the author").isZero();
		assertThat(digestItems(fatima, NoticeKind.FOLLOWED, link)).as("weekly by default").isEqualTo(1);
		assertThat(worker.sendDue()).isZero();

		demo.run("fatima", () -> preferences.choose(NoticeKind.FOLLOWED, Cadence.IMMEDIATELY));
		demo.run("moderator", () -> moderation.answer(idea, "De eerste plantjes staan erin."));

		MimeMessage sent = mail.sendsOne();
		assertThat(sent.getAllRecipients()[0]).hasToString("fatima@example.org");
		assertThat(sent.getSubject()).startsWith("Nieuws over een idee dat je volgt");
		assertThat(GreenMailUtil.getBody(sent)).contains("De eerste plantjes staan erin.").contains("/" + link);
	}

	@Test
	void aRoundOpening_reachesItsFollowersAndEveryoneWhoWantsVotingNews_eachOnce() throws Exception {
		Long round = 990_000L + (System.nanoTime() % 9_999);
		demo.run("fatima", () -> follows.follow(FollowTarget.round(round)));
		demo.run("moderator", () -> follows.follow(FollowTarget.round(round)));
		demo.run("kees", () -> preferences.choose(NoticeKind.VOTING, Cadence.IMMEDIATELY));

		mail.publish(new RoundOpened(round, "Buurtbudget Westwijk"));

		String link = "vote/" + round;
		assertThat(notices(fatima, "notice.round.opened", link)).as("follows it, and wants voting news").isEqualTo(1);
		assertThat(notices(moderator, "notice.round.opened", link)).as("follows it, no address").isEqualTo(1);
		assertThat(notices(kees, "notice.round.opened", link)).as("wants voting news").isEqualTo(1);
		assertThat(notices(admin, "notice.round.opened", link)).as("neither").isZero();
		assertThat(digestItems(fatima, NoticeKind.VOTING, link)).isEqualTo(1);
		MimeMessage sent = mail.sendsOne();
		assertThat(sent.getAllRecipients()[0]).hasToString("kees@example.org");
		assertThat(sent.getSubject()).startsWith("Je kunt nu stemmen");

		demo.run("kees", () -> preferences.choose(NoticeKind.VOTING, Cadence.APP_ONLY));
		mail.publish(new RoundOpened(round + 1, "Buurtbudget Oostwijk"));
		assertThat(notices(kees, "notice.round.opened", "vote/" + (round + 1))).as("opted out").isZero();
		demo.run("kees", () -> preferences.choose(NoticeKind.VOTING, NoticeKind.VOTING.defaultCadence()));
		demo.run("fatima", () -> follows.unfollow(FollowTarget.round(round)));
		demo.run("moderator", () -> follows.unfollow(FollowTarget.round(round)));
	}

	@Test
	void aConsultationsResults_reachItsFollowers_andThoseWhoAnsweredOnlyAsRespondents() {
		Long consultation = 880_000L + (System.nanoTime() % 9_999);
		demo.run("fatima", () -> follows.follow(FollowTarget.consultation(consultation)));
		demo.run("kees", () -> follows.follow(FollowTarget.consultation(consultation)));

		mail.publish(new ConsultationResultsPublished(consultation, "Speelplekken", Set.of(kees)));

		String link = "raadplegingen/" + consultation;
		assertThat(notices(fatima, "notice.follow.consultation.results", link)).isEqualTo(1);
		assertThat(digestItems(fatima, NoticeKind.FOLLOWED, link)).isEqualTo(1);
		assertThat(notices(kees, "notice.consultation.results", link)).isEqualTo(1);
		assertThat(notices(kees, "notice.follow.consultation.results", link)).as("not twice").isZero();
		demo.run("fatima", () -> follows.unfollow(FollowTarget.consultation(consultation)));
		demo.run("kees", () -> follows.unfollow(FollowTarget.consultation(consultation)));
	}

	private int notices(Long recipient, String key, String link) {
		return jdbc
			.sql("select count(*) from notice where recipient_id = :recipient and message_key = :key"
					+ " and link = :link")
			.param("recipient", recipient)
			.param("key", key)
			.param("link", link)
			.query(Integer.class)
			.single();
	}

	private int digestItems(Long account, NoticeKind kind, String link) {
		return jdbc
			.sql("select count(*) from digest_item where account_id = :account and kind = :kind"
					+ " and payload like :link")
			.param("account", account)
			.param("kind", kind.name())
			.param("link", "%\"" + link + "\"%")
			.query(Integer.class)
			.single();
	}

}
