package nl.wijkstem.notification.mail;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's mail server: keeps each mail as it would have gone out (sender, recipient,
 * subject, HTML and text) in {@code sent_mail}, for Beheer &gt; Verzonden e-mail, instead
 * of sending it. Everything before the hand-over (outbox, worker, rate limit, quiet
 * hours, composing) runs exactly as in production. {@link MailHousekeeping} removes the
 * copies after a week.
 */
public class CapturingMailSender extends JavaMailSenderImpl {

	private final JdbcClient jdbc;

	private final Clock clock;

	public CapturingMailSender(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
		Map<Object, Exception> failed = new LinkedHashMap<>();
		for (int i = 0; i < messages.length; i++) {
			try {
				capture(messages[i]);
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				failed.put(originals != null ? originals[i] : messages[i], ex);
			}
		}
		if (!failed.isEmpty()) {
			throw new MailSendException(failed);
		}
	}

	private void capture(MimeMessage message) throws MessagingException, IOException {
		// as a real hand-over does: the headers are completed, the Message-ID kept
		String messageId = message.getHeader("Message-ID", null);
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
		Bodies bodies = new Bodies();
		bodies.read(message);
		String key = message.getHeader("X-Wijkstem-Key", null);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into sent_mail (outbox_id, sender, recipient, subject, html, text, sent_at)
				values ((select id from email_outbox where idempotency_key = :key), :sender, :recipient, :subject,
				  :html, :text, :now)""")
			.param("key", key)
			.param("sender", shortened(addresses(message.getFrom()), 254))
			.param("recipient", shortened(addresses(message.getRecipients(Message.RecipientType.TO)), 254))
			.param("subject", shortened(message.getSubject(), 300))
			.param("html", bodies.html)
			.param("text", bodies.text)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static String addresses(Address[] addresses) {
		if (addresses == null || addresses.length == 0) {
			throw new MailParseException("a mail without sender or recipient");
		}
		StringBuilder all = new StringBuilder();
		for (Address address : addresses) {
			if (!all.isEmpty()) {
				all.append(", ");
			}
			all.append(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
		}
		return all.toString();
	}

	private static String shortened(String value, int length) {
		String text = value == null ? "" : value;
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	/** The first plain-text and the first HTML part, wherever they sit in the tree. */
	private static final class Bodies {

		private String text = "";

		private String html = "";

		void read(Part part) throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					read(parts.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/html") && html.isEmpty()) {
				html = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/plain") && text.isEmpty()) {
				text = String.valueOf(part.getContent());
			}
		}

	}

}
