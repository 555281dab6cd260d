package nl.wijkstem.notification.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import nl.wijkstem.base.security.RateLimit;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.NoticeMessage;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	CapturingMailSender capturing;

	@Autowired
	MailWorker worker;

	@Autowired
	OutboxRepository mails;

	@Autowired
	MailSettings settings;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedParameterJdbcTemplate batch;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	Long kees;

	@BeforeEach
	void keesHasAnAddress() {
		kees = mail.residentWithAddress("kees", "kees.capture@example.org");
	}

	@Test
	void aMailIsKeptAsComposed_insteadOfSent() {
		mail.publish(new IdeaDecided(4801L, kees, "Bankje <script>alert(1)</script>", ModerationDecision.REJECT,
				"Past niet."));
		Long outboxId = mails.findByAccountIdOrderByIdAsc(kees).getLast().getId();

		assertThat(mail.workerWith(capturing).sendDue()).isEqualTo(1);

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
		assertThat(((OffsetDateTime) kept.get("SENT_AT")).toInstant()).isBetween(MailFixture.DAYTIME, clock.instant());
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

		mail.publish(new IdeaDecided(4804L, kees, "Wel in de wachtrij", ModerationDecision.PUBLISH, ""));
		OutboxMail waiting = mails.findByAccountIdOrderByIdAsc(kees).getLast();
		MailWorker switchedOff = mail.workerWith(capturing, off);

		assertThat(switchedOff.sendDue()).isZero();
		assertThat(mails.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(worker.sendDue()).as("switched on again, it goes out").isPositive();
	}

}
