package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.SiteAddress;
import nl.wijkstem.base.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends what the outbox holds: claims due mails, hands them to the mail server one at a
 * time and records each right after the server accepted it. Only one mail is ever between
 * "accepted" and "recorded", so a worker that dies repeats at most that one mail.
 * <p>
 * Groundwork (issue 16): confirmation mails only; notices, digests, the unsubscribe
 * headers and the HTML layout follow (docs/email/design.md).
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

	private final MailTexts texts;

	private final MailSettings settings;

	private final SiteAddress site;

	private final Branding branding;

	private final Clock clock;

	MailWorker(Outbox outbox, OutboxRepository mails, JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
			MailTexts texts, MailSettings settings, SiteAddress site, Branding branding, Clock clock) {
		this.outbox = outbox;
		this.mails = mails;
		this.jdbc = jdbc;
		this.sender = sender;
		this.texts = texts;
		this.settings = settings;
		this.site = site;
		this.branding = branding;
		this.clock = clock;
	}

	/**
	 * One round: as many due mails as this minute's budget allows.
	 * @return how many the mail server accepted
	 */
	public int sendDue() {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null) {
			return 0;
		}
		Instant now = clock.instant();
		int budget = settings.perMinute() - sentSince(now.minus(Duration.ofMinutes(1)));
		if (budget <= 0) {
			return 0;
		}
		List<Long> claimed = outbox.claim(now, budget, quietHours(now));
		int accepted = 0;
		for (Long id : claimed) {
			if (sendOne(mailer, id)) {
				accepted++;
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

	private boolean sendOne(JavaMailSender mailer, Long id) {
		OutboxMail mail = mails.findById(id).orElse(null);
		if (mail == null) {
			return false;
		}
		try {
			mailer.send(compose(mailer, mail));
		}
		catch (MailSendException ex) {
			if (refusedForGood(ex)) {
				outbox.giveUp(id, OutboxMail.Status.BOUNCED, ex.getMessage());
			}
			else {
				later(mail, ex);
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
	 * The server refused a recipient (a 5xx to RCPT TO): sending again cannot help.
	 * TODO(issue 16): read the SMTP return code (Angus' SMTPAddressFailedException) to
	 * tell 5xx from 4xx; angus-mail is a runtime dependency only.
	 */
	private static boolean refusedForGood(MailSendException ex) {
		return ex.getFailedMessages()
			.values()
			.stream()
			.anyMatch(cause -> cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0);
	}

	private MimeMessage compose(JavaMailSender mailer, OutboxMail mail) throws MessagingException {
		return switch (mail.getKind()) {
			case CONFIRMATION -> confirmation(mailer, mail);
			case NOTICE, DIGEST -> throw new MessagingException("not yet implemented: " + mail.getKind());
		};
	}

	private MimeMessage confirmation(JavaMailSender mailer, OutboxMail mail) throws MessagingException {
		EmailAddresses.ConfirmationPayload payload = EmailAddresses.ConfirmationPayload.of(mail.getPayload());
		Translator words = texts.in(payload.language());
		String programme = branding.programmeName();
		String link = site.publicUrl() + "/email/bevestigen/" + payload.token();
		String heading = words.text("mail.confirm.heading");
		String body = words.text("mail.confirm.text", programme);
		String action = words.text("mail.confirm.link");
		String ignore = words.text("mail.confirm.ignore");
		String text = heading + "\n\n" + body + "\n\n" + action + ":\n" + link + "\n\n" + ignore + "\n";
		String html = "<!DOCTYPE html><html lang=\"" + words.locale().getLanguage()
				+ "\"><head><meta charset=\"utf-8\">" + "<title>" + HtmlUtils.htmlEscape(heading)
				+ "</title></head><body>" + "<h1>" + HtmlUtils.htmlEscape(heading) + "</h1><p>"
				+ HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
				+ HtmlUtils.htmlEscape(action) + "</a></p><p>" + HtmlUtils.htmlEscape(ignore) + "</p></body></html>";
		MimeMessage message = mailer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(payload.to());
		helper.setSubject(words.text("mail.confirm.subject", programme));
		helper.setText(text, html);
		message.setHeader("X-Wijkstem-Key", mail.getIdempotencyKey());
		return message;
	}

}
