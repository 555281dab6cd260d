package nl.wijkstem.notification.mail;

import java.util.Collection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The writers' side of the outbox: mails are put in it in the transaction that decided
 * they must go, each once by its idempotency key, so a step that runs twice queues
 * nothing twice.
 */
final class OutboxWrites {

	private static final String INSERT = """
			insert into email_outbox (idempotency_key, account_id, kind, payload, urgent, status, attempts,
			  next_attempt_at, created_at)
			select :key, :account, :kind, :payload, false, 'PENDING', 0, :now, :now
			where not exists (select 1 from email_outbox where idempotency_key = :key)""";

	private OutboxWrites() {
	}

	/**
	 * Queues mails of one kind, to go as soon as the worker comes by.
	 * @param mails each with its {@code key}, {@code account}, {@code payload} and
	 * {@code now}
	 */
	static void queue(NamedParameterJdbcTemplate batch, OutboxMail.Kind kind, Collection<MapSqlParameterSource> mails) {
		batch.batchUpdate(INSERT,
				mails.stream().map(mail -> mail.addValue("kind", kind.name())).toArray(MapSqlParameterSource[]::new));
	}

}
