package nl.wijkstem.notification.mail;

import java.time.Instant;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.IdeaProgressed;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice reaches a confirmed address as the resident chose: at once as one mail, later
 * in a digest, or not by mail at all; a notice handled twice (the registry's re-run after
 * a crash) is mailed once.
 */
@ApplicationTest
class EmailNoticeTest {

	@Autowired
	MailWorker worker;

	@Autowired
	TestClock clock;

	@Autowired
	DemoUsers demo;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	Long kees;

	@BeforeEach
	void keesHasAnAddress() {
		kees = mail.residentWithAddress("kees", "kees@example.org");
	}

	@Test
	void aDecisionAboutMyIdeaIsMailedOnceInMyLanguage() throws Exception {
		IdeaDecided decided = new IdeaDecided(4711L, kees, "Bankje bij <de> vijver", ModerationDecision.REJECT,
				"Dit past niet in het programma.");
		mail.publish(decided);
		mail.publish(decided);

		MimeMessage sent = mail.sendsOne();
		assertThat(sent.getAllRecipients()[0]).hasToString("kees@example.org");
		assertThat(sent.getSubject()).startsWith("Je idee is niet geplaatst");
		String body = GreenMailUtil.getBody(sent);
		assertThat(body).contains("Dit past niet in het programma.").contains("/ideas/4711");
		assertThat(body).as("user text is escaped in the HTML part").contains("&lt;de&gt;");
		assertThat(worker.sendDue()).as("the same event handled again adds no mail").isZero();
	}

	@Test
	void weeklyNewsWaitsForTheDigestAndAppOnlySendsNothing() {
		IdeaProgressed news = new IdeaProgressed(4712L, "Meer groen", IdeaStatus.IN_PROGRESS, "We beginnen.",
				java.util.Set.of(kees));
		mail.publish(news);
		assertThat(worker.sendDue()).isZero();
		assertThat(openDigestItems(Cadence.WEEKLY)).isEqualTo(1);

		demo.run("kees", () -> preferences.choose(NoticeKind.SUPPORTED, Cadence.APP_ONLY));
		mail.publish(new IdeaProgressed(4712L, "Meer groen", IdeaStatus.IN_PROGRESS, "Klaar.", java.util.Set.of(kees)));
		assertThat(openDigestItems(Cadence.WEEKLY)).isEqualTo(1);
		assertThat(worker.sendDue()).isZero();
	}

	@Test
	void quietHoursHoldANoticeUntilMorning() {
		clock.moveTo(Instant.parse("2026-12-07T22:30:00Z"));
		mail.publish(new IdeaDecided(4713L, kees, "Zebrapad", ModerationDecision.PUBLISH, ""));
		assertThat(worker.sendDue()).isZero();
		clock.moveTo(Instant.parse("2026-12-08T06:00:01Z"));
		assertThat(worker.sendDue()).isEqualTo(1);
	}

	@Test
	void noConfirmedAddressNoMail() {
		mail.noAddress(kees);
		mail.publish(new IdeaDecided(4714L, kees, "Fietsenrek", ModerationDecision.PUBLISH, ""));
		assertThat(worker.sendDue()).isZero();
		assertThat(openDigestItems(Cadence.WEEKLY)).isZero();
	}

	@Test
	void aTitleAModeratorRedactedLeavesNoCopyInMailWaitingOrGathered() {
		String earlier = "Bankje voor 100% Jan_Jansen \"Dorpsstraat 4\"";
		mail.publish(new IdeaDecided(4715L, kees, earlier, ModerationDecision.PUBLISH, ""));
		mail.publish(
				new IdeaProgressed(4715L, earlier, IdeaStatus.IN_PROGRESS, "We beginnen.", java.util.Set.of(kees)));
		assertThat(payloadsNaming("Jan_Jansen")).isEqualTo(2);

		mail.publish(new nl.wijkstem.idea.IdeaTextRedacted(4715L,
				java.util.Set.of(nl.wijkstem.idea.IdeaTextField.TITLE), java.util.Set.of(earlier), "Bankje"));
		assertThat(payloadsNaming("Jan_Jansen")).isZero();
		assertThat(GreenMailUtil.getBody(mail.sendsOne())).contains("Bankje").doesNotContain("Jansen");
	}

	private int payloadsNaming(String text) {
		return jdbc
			.sql("select (select count(*) from email_outbox where payload like :p)"
					+ " + (select count(*) from digest_item where payload like :p)")
			.param("p", "%" + text + "%")
			.query(Integer.class)
			.single();
	}

	private int openDigestItems(Cadence cadence) {
		return jdbc
			.sql("select count(*) from digest_item where account_id = :account and cadence = :cadence"
					+ " and outbox_id is null")
			.param("account", kees)
			.param("cadence", cadence.name())
			.query(Integer.class)
			.single();
	}

}
