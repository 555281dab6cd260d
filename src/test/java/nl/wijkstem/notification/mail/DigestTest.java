package nl.wijkstem.notification.mail;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.IdeaProgressed;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests against a real SMTP server, with the clock moved through a week of December
 * (Amsterdam is UTC+1 then, so 07:00 there is 06:00Z): a daily digest gathers what
 * happened since the last one and goes out from 07:00, a weekly one on Monday from 07:00;
 * nothing happened, no mail; the job run twice makes one digest; what comes after a
 * digest's moment waits for the next one; a digest waits out quiet hours.
 */
@ApplicationTest
class DigestTest {

	/** Monday 14 December 2026, 11:00 in Amsterdam. */
	private static final Instant MONDAY = Instant.parse("2026-12-14T10:00:00Z");

	/** Tuesday, 06:59 in Amsterdam. */
	private static final Instant TUESDAY_BEFORE_SEVEN = Instant.parse("2026-12-15T05:59:00Z");

	/** Tuesday, 07:00:30 in Amsterdam. */
	private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-15T06:00:30Z");

	@Autowired
	DigestJob digests;

	@Autowired
	MailHousekeeping housekeeping;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MONDAY);

	Long resident;

	String address;

	long idea = 8_800 + (System.nanoTime() % 1_000) * 100;

	@BeforeEach
	void residentWithAddress() {
		// digests other tests left go out first
		digests.makeDue();
		mail.emptyMailbox();
		address = "digest." + System.nanoTime() + "@example.org";
		resident = mail.newResidentWithAddress("Digest Bewoner", address);
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDailyDigestGathersEverythingSinceTheLastOneAndGoesOutFromSeven() throws Exception {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		news(idea + 1, "Bankjes <in> het park");
		clock.moveBy(Duration.ofHours(2));
		news(idea + 2, "Meer licht op het fietspad");

		clock.moveTo(TUESDAY_BEFORE_SEVEN);
		digests.makeDue();
		mail.sendAllDue();
		assertThat(mine()).as("not before 07:00").isEmpty();

		clock.moveTo(TUESDAY_MORNING);
		assertThat(digests.makeDue()).isPositive();
		mail.sendAllDue();
		List<MimeMessage> first = mine();
		assertThat(first).hasSize(1);
		assertThat(first.getFirst().getSubject()).startsWith("Wat er vandaag gebeurde");
		assertThat(text(first.getFirst())).contains("Bankjes <in> het park", "Meer licht op het fietspad")
			.contains("/ideas/" + (idea + 1), "/ideas/" + (idea + 2));
		assertThat(html(first.getFirst())).as("user text is escaped").contains("Bankjes &lt;in&gt;");

		clock.moveTo(Instant.parse("2026-12-15T09:00:00Z"));
		news(idea + 3, "Zebrapad bij de school");
		clock.moveTo(Instant.parse("2026-12-16T06:05:00Z"));
		digests.makeDue();
		mail.sendAllDue();
		List<MimeMessage> both = mine();
		assertThat(both).hasSize(2);
		String second = text(both.get(1));
		assertThat(second).as("only what came since the last digest")
			.contains("Zebrapad bij de school", "/ideas/" + (idea + 3))
			.doesNotContain("Bankjes", "Meer licht");
	}

	@Test
	void aWeeklyDigestGoesOutOnMondayMorningOnly() throws Exception {
		clock.moveTo(Instant.parse("2026-12-15T10:00:00Z"));
		news(idea + 1, "Speeltuin opknappen");

		for (String moment : List.of("2026-12-16T06:30:00Z", "2026-12-20T12:00:00Z", "2026-12-21T05:59:00Z")) {
			clock.moveTo(Instant.parse(moment));
			digests.makeDue();
			mail.sendAllDue();
			assertThat(mine()).as("no weekly digest at " + moment).isEmpty();
		}

		clock.moveTo(Instant.parse("2026-12-21T06:00:30Z"));
		digests.makeDue();
		mail.sendAllDue();
		List<MimeMessage> mails = mine();
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().getSubject()).startsWith("Wat er deze week gebeurde");
		assertThat(text(mails.getFirst())).contains("Speeltuin opknappen", "/ideas/" + (idea + 1));
	}

	@Test
	void dailyAndWeeklyKindsMakeTwoDigests() throws Exception {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		preferences.set(resident, NoticeKind.MY_IDEAS, Cadence.WEEKLY);
		clock.moveTo(Instant.parse("2026-12-20T10:00:00Z"));
		news(idea + 1, "Bomen in de straat");
		mail.publish(new IdeaDecided(idea + 2, resident, "Mijn eigen idee", ModerationDecision.PUBLISH, ""));

		clock.moveTo(Instant.parse("2026-12-21T06:00:30Z"));
		assertThat(digests.makeDue()).isGreaterThanOrEqualTo(2);
		mail.sendAllDue();
		List<MimeMessage> mails = mine();
		assertThat(mails).extracting(MimeMessage::getSubject)
			.anySatisfy(subject -> assertThat(subject).startsWith("Wat er vandaag gebeurde"))
			.anySatisfy(subject -> assertThat(subject).startsWith("Wat er deze week gebeurde"))
			.hasSize(2);
	}

	@Test
	void nothingHappenedNoDigest() {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		clock.moveTo(TUESDAY_MORNING);
		digests.makeDue();
		clock.moveTo(Instant.parse("2026-12-21T06:00:30Z"));
		digests.makeDue();
		mail.sendAllDue();
		assertThat(outboxRows()).isZero();
		assertThat(mine()).isEmpty();
	}

	@Test
	void theJobRunTwiceMakesOneDigest() throws Exception {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		news(idea + 1, "Afvalbakken");
		clock.moveTo(TUESDAY_MORNING);
		digests.makeDue();
		digests.makeDue();
		mail.sendAllDue();
		// a notice of 06:59 whose transaction committed only after the digest was made
		jdbc.sql("""
				insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at)
				values (:key, :account, 'SUPPORTED', 'DAILY', :payload, :at)""")
			.param("key", "late:" + resident)
			.param("account", resident)
			.param("payload",
					new NoticePayload("notice.supported", "Laat binnen", "", "ideas/" + (idea + 2),
							NoticeKind.SUPPORTED)
						.json())
			.param("at", Timestamp.from(Instant.parse("2026-12-15T05:59:59Z")))
			.update();
		clock.moveBy(Duration.ofMinutes(15));
		digests.makeDue();
		mail.sendAllDue();
		assertThat(outboxRows()).isEqualTo(1);
		assertThat(mine()).hasSize(1);
		assertThat(text(mine().getFirst())).contains("Afvalbakken").doesNotContain("Laat binnen");

		clock.moveTo(Instant.parse("2026-12-16T06:00:30Z"));
		digests.makeDue();
		mail.sendAllDue();
		assertThat(outboxRows()).isEqualTo(2);
		assertThat(text(mine().get(1))).as("the late one in the next digest").contains("Laat binnen");
	}

	@Test
	void anItemAfterTheDigestsMomentWaitsForTheNextOne() throws Exception {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		news(idea + 1, "Voor zevenen");
		// 07:10 on Tuesday: after Tuesday's digest moment, before the job ran
		clock.moveTo(Instant.parse("2026-12-15T06:10:00Z"));
		news(idea + 2, "Na zevenen");
		clock.moveTo(Instant.parse("2026-12-15T06:15:00Z"));
		digests.makeDue();
		mail.sendAllDue();
		assertThat(mine()).hasSize(1);
		assertThat(text(mine().getFirst())).contains("Voor zevenen").doesNotContain("Na zevenen");

		clock.moveTo(Instant.parse("2026-12-16T06:00:30Z"));
		digests.makeDue();
		mail.sendAllDue();
		assertThat(mine()).hasSize(2);
		assertThat(text(mine().get(1))).contains("Na zevenen").doesNotContain("Voor zevenen");
	}

	@Test
	void aDigestWaitsOutQuietHours() throws Exception {
		preferences.set(resident, NoticeKind.SUPPORTED, Cadence.DAILY);
		news(idea + 1, "Hondenpoepbakken");
		clock.moveTo(TUESDAY_MORNING);
		digests.makeDue();
		// the worker was away all day and comes back at 22:30
		clock.moveTo(Instant.parse("2026-12-15T21:30:00Z"));
		mail.sendAllDue();
		assertThat(mine()).as("quiet hours").isEmpty();
		clock.moveTo(Instant.parse("2026-12-16T05:59:00Z"));
		mail.sendAllDue();
		assertThat(mine()).isEmpty();
		clock.moveTo(Instant.parse("2026-12-16T06:00:01Z"));
		mail.sendAllDue();
		assertThat(mine()).hasSize(1);
	}

	@Test
	void housekeepingRemovesOldSentMailsWithTheirItemsAndOldCapturedMails() {
		Instant now = clock.instant();
		Long oldSent = outboxRow("h:old:" + resident, "SENT", now.minus(Duration.ofDays(31)));
		Long recentSent = outboxRow("h:recent:" + resident, "SENT", now.minus(Duration.ofDays(29)));
		Long oldFailed = outboxRow("h:failed:" + resident, "FAILED", null);
		jdbc.sql("""
				insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at, outbox_id)
				values (:key, :account, 'SUPPORTED', 'DAILY', '{}', :at, :outbox)""")
			.param("key", "h:item:" + resident)
			.param("account", resident)
			.param("at", Timestamp.from(now.minus(Duration.ofDays(32))))
			.param("outbox", oldSent)
			.update();
		Long oldCaptured = captured(oldSent, now.minus(Duration.ofDays(8)));
		Long recentCaptured = captured(recentSent, now.minus(Duration.ofDays(6)));

		MailHousekeeping.Removed removed = housekeeping.clean();

		assertThat(removed.sentMails()).isPositive();
		assertThat(removed.capturedMails()).isPositive();
		assertThat(ids("email_outbox", List.of(oldSent, recentSent, oldFailed))).containsExactlyInAnyOrder(recentSent,
				oldFailed);
		assertThat(jdbc.sql("select count(*) from digest_item where idempotency_key = :key")
			.param("key", "h:item:" + resident)
			.query(Integer.class)
			.single()).as("the digest's items go with it").isZero();
		assertThat(ids("sent_mail", List.of(oldCaptured, recentCaptured))).containsExactly(recentCaptured);
	}

	private void news(long ideaId, String title) {
		mail.publish(
				new IdeaProgressed(ideaId, title, IdeaStatus.IN_PROGRESS, "We gaan aan de slag.", Set.of(resident)));
	}

	private List<MimeMessage> mine() {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private int outboxRows() {
		return jdbc.sql("select count(*) from email_outbox where account_id = :account and kind = 'DIGEST'")
			.param("account", resident)
			.query(Integer.class)
			.single();
	}

	private Long outboxRow(String key, String status, Instant sentAt) {
		Instant created = clock.instant().minus(Duration.ofDays(40));
		jdbc.sql("""
				insert into email_outbox (idempotency_key, account_id, kind, payload, urgent, status, attempts,
				  next_attempt_at, created_at, sent_at)
				values (:key, :account, 'DIGEST', '{}', false, :status, 1, :created, :created, :sent)""")
			.param("key", key)
			.param("account", resident)
			.param("status", status)
			.param("created", Timestamp.from(created))
			.param("sent", sentAt == null ? null : Timestamp.from(sentAt))
			.update();
		return jdbc.sql("select id from email_outbox where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private Long captured(Long outboxId, Instant sentAt) {
		String subject = "captured " + System.nanoTime();
		jdbc.sql("""
				insert into sent_mail (outbox_id, sender, recipient, subject, html, text, sent_at)
				values (:outbox, 'a@example.org', 'b@example.org', :subject, '<p>x</p>', 'x', :at)""")
			.param("outbox", outboxId)
			.param("subject", subject)
			.param("at", Timestamp.from(sentAt))
			.update();
		return jdbc.sql("select id from sent_mail where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private List<Long> ids(String table, List<Long> among) {
		return jdbc.sql("select id from " + table + " where id in (:ids)").param("ids", among).query(Long.class).list();
	}

	private static String text(MimeMessage mail) throws MessagingException, IOException {
		return part(mail, "text/plain");
	}

	private static String html(MimeMessage mail) throws MessagingException, IOException {
		return part(mail, "text/html");
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
