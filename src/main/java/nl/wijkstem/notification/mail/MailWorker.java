package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.notification.NoticeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due mails, hands them to the mail server one at a
 * time and records each right after the server accepted it. Only one mail is ever between
 * "accepted" and "recorded", so a worker that dies repeats at most that one mail.
 */
@Component
public class MailWorker {

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	/** Dutch time, whatever the server's zone. */
	static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	static final LocalTime QUIET_FROM = LocalTime.of(22, 0);

	static final LocalTime QUIET_UNTIL = LocalTime.of(7, 0);

	/** After this many attempts a mail that keeps failing is given up (some days). */
	static final int MAX_ATTEMPTS = 12;

	private final Outbox outbox;

	private final OutboxRepository mails;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailComposer composer;

	private final MailSettings settings;

	private final Clock clock;

	private final Bounces bounces;

	MailWorker(Outbox outbox, OutboxRepository mails, JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
			MailComposer composer, MailSettings settings, Clock clock, Bounces bounces) {
		this.outbox = outbox;
		this.mails = mails;
		this.jdbc = jdbc;
		this.sender = sender;
		this.composer = composer;
		this.settings = settings;
		this.clock = clock;
		this.bounces = bounces;
	}

	/**
	 * One round: as many due mails as this minute's budget allows.
	 * @return how many the mail server accepted
	 */
	public int sendDue() {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null || !settings.enabled()) {
			return 0;
		}
		Instant now = clock.instant();
		int budget = settings.perMinute() - sentSince(now.minus(Duration.ofMinutes(1)));
		if (budget <= 0) {
			return 0;
		}
		List<Long> claimed = outbox.claim(now, budget, quietHours(now));
		int accepted = 0;
		try (MailConnection connection = MailConnection.to(mailer)) {
			for (Long id : claimed) {
				if (sendOne(mailer, connection, id)) {
					accepted++;
				}
			}
		}
		return accepted;
	}

	static boolean quietHours(Instant now) {
		LocalTime local = now.atZone(DUTCH_TIME).toLocalTime();
		return !local.isBefore(QUIET_FROM) || local.isBefore(QUIET_UNTIL);
	}

	private int sentSince(Instant since) {
		return jdbc.sql("select count(*) from email_outbox where sent_at > :since")
			.param("since", java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	private boolean sendOne(JavaMailSender mailer, MailConnection connection, Long id) {
		OutboxMail mail = mails.findById(id).orElse(null);
		if (mail == null) {
			return false;
		}
		if (unsubscribed(mail)) {
			outbox.giveUp(id, OutboxMail.Status.CANCELLED, "unsubscribed");
			return false;
		}
		try {
			Optional<MimeMessage> message = compose(mailer, mail);
			if (message.isEmpty()) {
				outbox.giveUp(id, OutboxMail.Status.CANCELLED, "no working address");
				return false;
			}
			connection.send(message.get());
		}
		catch (MailSendException ex) {
			SmtpRefusal refusal = SmtpRefusal.of(ex);
			switch (refusal.kind()) {
				case ADDRESS -> bounces.addressRefused(mail, refusal, clock.instant());
				case MESSAGE -> bounces.messageRefused(mail, refusal);
				case PASSING -> later(mail, ex);
			}
			return false;
		}
		catch (MailException | MessagingException ex) {
			later(mail, ex);
			return false;
		}
		// a crash here, after the server accepted the mail, repeats this one mail
		outbox.sent(id, clock.instant());
		return true;
	}

	/**
	 * A notice whose kind the resident stopped since it was queued (the unsubscribe link
	 * of an earlier mail, while this one waited for the morning) is not sent after all.
	 */
	private boolean unsubscribed(OutboxMail mail) {
		if (mail.getKind() != OutboxMail.Kind.NOTICE) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from notice_preference
				where account_id = :account and kind = :kind and cadence = 'APP_ONLY'""")
			.param("account", mail.getAccountId())
			.param("kind", kindOf(NoticePayload.of(mail.getPayload())).name())
			.query(Integer.class)
			.single() > 0;
	}

	private static NoticeKind kindOf(NoticePayload notice) {
		return notice.kind() != null ? notice.kind() : NoticeKind.of(notice.messageKey());
	}

	private void later(OutboxMail mail, Exception ex) {
		log.warn("Mail {} not sent (attempt {}): {}", mail.getId(), mail.getAttempts() + 1, ex.getMessage());
		int attempts = mail.getAttempts() + 1;
		if (attempts >= MAX_ATTEMPTS) {
			outbox.giveUp(mail.getId(), OutboxMail.Status.FAILED, ex.getMessage());
		}
		else {
			outbox.retryLater(mail.getId(), clock.instant().plus(backOff(attempts)), ex.getMessage());
		}
	}

	/**
	 * 1, 2, 4, ... minutes, at most 6 hours: twelve attempts span about a day and a half.
	 */
	static Duration backOff(int attempts) {
		long minutes = 1L << Math.min(attempts - 1, 20);
		return Duration.ofMinutes(Math.min(minutes, Duration.ofHours(6).toMinutes()));
	}

	/**
	 * The mail as it is now: a notice or digest goes to the resident's address and in
	 * their language of this moment; empty when they have no working address any more.
	 */
	private Optional<MimeMessage> compose(JavaMailSender mailer, OutboxMail mail) throws MessagingException {
		Optional<ComposedMail> composed = switch (mail.getKind()) {
			case CONFIRMATION ->
				Optional.of(composer.confirmation(EmailAddresses.ConfirmationPayload.of(mail.getPayload())));
			case NOTICE ->
				recipient(mail.getAccountId()).map(to -> composer.notice(NoticePayload.of(mail.getPayload()), to));
			case DIGEST -> recipient(mail.getAccountId()).map(to -> composer.digest(digestItems(mail.getId()),
					DigestPayload.of(mail.getPayload()).cadence(), to));
		};
		if (composed.isEmpty()) {
			return Optional.empty();
		}
		MimeMessage message = mailer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(composed.get().to());
		helper.setSubject(composed.get().subject());
		helper.setText(composed.get().text(), composed.get().html());
		for (var header : composed.get().headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		message.setHeader("X-Wijkstem-Key", mail.getIdempotencyKey());
		return Optional.of(message);
	}

	private Optional<MailRecipient> recipient(Long accountId) {
		return jdbc.sql("""
				select id, address, language from email_address
				where account_id = :account and address is not null and failed_at is null""")
			.param("account", accountId)
			.query((row, index) -> new MailRecipient(accountId, row.getLong(1), row.getString(2), row.getString(3)))
			.optional();
	}

	/** A digest's items, newest first. */
	private List<NoticePayload> digestItems(Long outboxId) {
		return jdbc.sql("select payload from digest_item where outbox_id = :id order by created_at desc, id desc")
			.param("id", outboxId)
			.query(String.class)
			.list()
			.stream()
			.map(NoticePayload::of)
			.toList();
	}

}
