package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the outbox and the captured mails small: a mail that went out is kept 30 days
 * (for the data download and to answer "did I get that?"), its digest's items go with it;
 * a captured mail (the demo's Verzonden e-mail) 7 days. Mails that failed, bounced or
 * were cancelled stay: an administrator may need to see why.
 */
@Component
public class MailHousekeeping {

	static final Duration KEEP_SENT = Duration.ofDays(30);

	static final Duration KEEP_CAPTURED = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Clock clock;

	MailHousekeeping(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Removes what is past its keeping time.
	 * @return how many outbox rows and captured mails were removed
	 */
	@Transactional
	public Removed clean() {
		Instant now = clock.instant();
		// the captured copies first: their outbox rows would only set them to null
		int captured = jdbc.sql("delete from sent_mail where sent_at < :before")
			.param("before", Timestamp.from(now.minus(KEEP_CAPTURED)))
			.update();
		int sent = jdbc.sql("delete from email_outbox where status = 'SENT' and sent_at < :before")
			.param("before", Timestamp.from(now.minus(KEEP_SENT)))
			.update();
		return new Removed(sent, captured);
	}

	public record Removed(int sentMails, int capturedMails) {
	}

}
