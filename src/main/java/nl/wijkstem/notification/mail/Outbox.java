package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side of the outbox, in short transactions of their own: claim, then (after
 * the mail server accepted the mail, outside any transaction) record. SQL rather than
 * entities, because every change is conditional on the row's state and must not load it
 * first.
 */
@Component
class Outbox {

	/**
	 * How long a claimed mail belongs to the worker that claimed it. A worker that dies
	 * leaves its mails to be claimed again after this; it must be longer than sending one
	 * batch takes (the mail server's timeouts bound that).
	 */
	static final Duration LEASE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes up to {@code limit} due mails for this worker: rows another worker holds are
	 * skipped, not waited for (PostgreSQL and H2 2.4 understand the same statement), and
	 * each taken row's next attempt moves past the lease, so no other worker takes it
	 * while this one sends.
	 * @param onlyUrgent in quiet hours only mails a resident is waiting for (a
	 * confirmation link) go
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<Long> claim(Instant now, int limit, boolean onlyUrgent) {
		List<Long> ids = jdbc.sql("""
				select id from email_outbox
				where status = 'PENDING' and next_attempt_at <= :now and (urgent or not :onlyUrgent)
				order by next_attempt_at, id
				fetch first :limit rows only
				for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("onlyUrgent", onlyUrgent)
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("update email_outbox set attempts = attempts + 1, next_attempt_at = :lease where id in (:ids)")
				.param("lease", Timestamp.from(now.plus(LEASE)))
				.param("ids", ids)
				.update();
		}
		return ids;
	}

	/**
	 * Recorded right after the mail server accepted the mail. A crash before this commit
	 * sends the mail once more after the lease: at most one duplicate, never a loss. A
	 * confirmation's link is wiped from the row once it went out.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void sent(Long id, Instant now) {
		jdbc.sql("""
				update email_outbox set status = 'SENT', sent_at = :now, last_error = null,
				  payload = case when kind = 'CONFIRMATION' then '{}' else payload end
				where id = :id and status = 'PENDING'""").param("now", Timestamp.from(now)).param("id", id).update();
	}

	/**
	 * A passing failure (the server is away or says "later"): try again after a pause.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void retryLater(Long id, Instant at, String error) {
		jdbc.sql(
				"update email_outbox set next_attempt_at = :at, last_error = :error where id = :id and status = 'PENDING'")
			.param("at", Timestamp.from(at))
			.param("error", shortened(error))
			.param("id", id)
			.update();
	}

	/** Gives up on a mail: the server refused it for good, or it failed for days. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void giveUp(Long id, OutboxMail.Status status, String error) {
		jdbc.sql("update email_outbox set status = :status, last_error = :error where id = :id and status = 'PENDING'")
			.param("status", status.name())
			.param("error", shortened(error))
			.param("id", id)
			.update();
	}

	private static String shortened(String error) {
		String text = error == null ? "" : error;
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
