package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.RateLimit;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.NoticeMessage;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's mail server: the outbox worker hands a mail to the capturing sender exactly
 * as to a real one, and the mail is kept as composed (sender, recipient, subject, HTML,
 * text, the outbox row it came from) for Beheer &gt; Verzonden e-mail. And with e-mail
 * switched off, nothing is written and nothing is sent.
 */
@ApplicationTest
class MailCaptureTest {

	private static final Instant DAYTIME = Instant.parse("2026-12-07T09:00:00Z");

	@Autowired
	CapturingMailSender capturing;

	@Autowired
	MailWorker worker;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRepository mails;

	@Autowired
	MailComposer composer;

	@Autowired
	MailSettings settings;

	@Autowired
	Bounces bounces;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	@Autowired
	DemoUsers demo;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate batch;

	Long kees;

	@BeforeEach
	void keesHasAnAddress() throws Exception {
		clock.moveTo(DAYTIME);
		while (worker.sendDue() > 0) {
			// mails other tests left go out to GreenMail first
		}
		smtp.purgeEmailFromAllMailboxes();
		kees = demo.as("kees", () -> accounts.currentAccountId().orElseThrow());
		new MailTestSupport(jdbc).confirmedAddress(kees, "kees.capture@example.org", "nl");
		demo.run("kees", () -> preferences.choose(NoticeKind.MY_IDEAS, Cadence.IMMEDIATELY));
	}

	@AfterEach
	void noAddress() {
		new MailTestSupport(jdbc).noAddress(kees);
		clock.reset();
	}

	@Test
	void aMailIsKeptAsComposed_insteadOfSent() {
		publish(new IdeaDecided(4801L, kees, "Bankje <script>alert(1)</script>", ModerationDecision.REJECT,
				"Past niet."));
		Long outboxId = mails.findByAccountIdOrderByIdAsc(kees).getLast().getId();

		assertThat(workerWith(capturing).sendDue()).isEqualTo(1);

		Map<String, Object> kept = jdbc.sql("select * from sent_mail where outbox_id = :id")
			.param("id", outboxId)
			.query()
			.singleRow();
		assertThat(kept.get("SENDER")).isEqualTo(settings.from());
		assertThat(kept.get("RECIPIENT")).isEqualTo("kees.capture@example.org");
		assertThat((String) kept.get("SUBJECT")).startsWith("Je idee is niet geplaatst");
		assertThat((String) kept.get("HTML")).startsWith("<!DOCTYPE html>")
			.contains("Bankje &lt;script&gt;", "Past niet.", "/ideas/4801")
			.doesNotContain("<script>");
		assertThat((String) kept.get("TEXT")).contains("Bankje <script>alert(1)</script>", "/ideas/4801");
		assertThat(((OffsetDateTime) kept.get("SENT_AT")).toInstant()).isBetween(DAYTIME, clock.instant());
		assertThat(mails.findById(outboxId).orElseThrow().getStatus()).as("recorded as a sent mail is")
			.isEqualTo(OutboxMail.Status.SENT);
		assertThat(smtp.getReceivedMessages()).as("nothing went to a mail server").isEmpty();
	}

	@Test
	void switchedOff_theChannelWritesNothing_andTheWorkerSendsNothing() {
		MailSettings off = new MailSettings(settings.from(), settings.perMinute(),
				List.of(RateLimit.valueOf("1000/1d")), false);
		NoticeMessage notice = new NoticeMessage(kees, "notice.decision.reject", "Zonder mail", "", "ideas/4803", false,
				"off:" + System.nanoTime());

		transaction.executeWithoutResult(
				status -> new EmailChannel(jdbc, batch, preferences, off, clock).sendAll(List.of(notice)));
		assertThat(mails.findByIdempotencyKey(notice.noticeId())).as("no mail written").isEmpty();

		publish(new IdeaDecided(4804L, kees, "Wel in de wachtrij", ModerationDecision.PUBLISH, ""));
		OutboxMail waiting = mails.findByAccountIdOrderByIdAsc(kees).getLast();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", capturing);
		MailWorker switchedOff = new MailWorker(outbox, mails, jdbc, beans.getBeanProvider(JavaMailSender.class),
				composer, off, clock, bounces);

		assertThat(switchedOff.sendDue()).isZero();
		assertThat(mails.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(worker.sendDue()).as("switched on again, it goes out").isPositive();
	}

	private MailWorker workerWith(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new MailWorker(outbox, mails, jdbc, beans.getBeanProvider(JavaMailSender.class), composer, settings,
				clock, bounces);
	}

	private void publish(Object event) {
		transaction.executeWithoutResult(status -> events.publishEvent(event));
	}

}
