package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a permanent refusal of the mail server changes, in one short transaction of its
 * own (the worker sends outside transactions): the mail is bounced, and when the refusal
 * was about the address, the address is marked as not working, so the resident sees it
 * under <em>Mijn gegevens</em> and nothing more is sent to it until they confirm an
 * address again.
 */
@Component
class Bounces {

	private final JdbcClient jdbc;

	Bounces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The server refused this one mail for good (its content, say); the address may still
	 * work.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void messageRefused(OutboxMail mail, SmtpRefusal refusal) {
		bounce(mail, refusal);
	}

	/**
	 * The server said the address does not work. A notice or digest went to the confirmed
	 * address: it is marked failed and the account's other waiting notices and digests
	 * are cancelled. A confirmation mail went to an address still waiting: that one is
	 * dropped, and marked failed only when there is no confirmed address a mark would
	 * wrongly silence.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void addressRefused(OutboxMail mail, SmtpRefusal refusal, Instant now) {
		if (!bounce(mail, refusal)) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		if (mail.getKind() == OutboxMail.Kind.CONFIRMATION) {
			String to = EmailAddresses.ConfirmationPayload.of(mail.getPayload()).to();
			jdbc.sql("""
					update email_address set
					  failed_at = case when address is null then :at else failed_at end,
					  failure = case when address is null then :failure else failure end,
					  pending_address = null, token_hash = null, token_expires_at = null
					where account_id = :account and pending_address = :to""")
				.param("at", at)
				.param("failure", refusal.reply())
				.param("account", mail.getAccountId())
				.param("to", to)
				.update();
			return;
		}
		jdbc.sql("""
				update email_address set failed_at = :at, failure = :failure
				where account_id = :account and address is not null and failed_at is null""")
			.param("at", at)
			.param("failure", refusal.reply())
			.param("account", mail.getAccountId())
			.update();
		jdbc.sql("""
				update email_outbox set status = 'CANCELLED', last_error = 'address not working'
				where account_id = :account and status = 'PENDING' and kind <> 'CONFIRMATION'""")
			.param("account", mail.getAccountId())
			.update();
	}

	/**
	 * @return whether the mail was still waiting (another worker did not settle it)
	 */
	private boolean bounce(OutboxMail mail, SmtpRefusal refusal) {
		return jdbc.sql("""
				update email_outbox set status = 'BOUNCED', last_error = :reply,
				  payload = case when kind = 'CONFIRMATION' then '{}' else payload end
				where id = :id and status = 'PENDING'""")
			.param("reply", refusal.reply())
			.param("id", mail.getId())
			.update() == 1;
	}

}
