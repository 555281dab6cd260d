package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.notification.Cadence;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the gathered notices into digests: at 07:00 Dutch time each day a daily digest,
 * on Monday at 07:00 a weekly one, for every resident with open items of that cadence. A
 * digest is an outbox row the worker sends like any mail; it takes the items that arrived
 * before its moment (07:00), so an item that comes in while the job runs, or later, goes
 * into the next digest. Running again changes nothing: the digest's key is its resident,
 * cadence and date, and only a digest created in this run takes items (a digest that
 * exists may already be on its way).
 */
@Component
public class DigestJob {

	/** When digests are due, Dutch time (quiet hours end then too). */
	static final LocalTime DUE_AT = LocalTime.of(7, 0);

	/** Residents per transaction: short transactions, few round trips. */
	static final int BATCH = 500;

	private static final String TAKE_ITEMS = """
			update digest_item set outbox_id = :outbox
			where account_id = :account and cadence = :cadence and outbox_id is null and created_at < :cutOff""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DigestJob(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Makes the digests that are due now and not made yet.
	 * @return how many digests were made
	 */
	public int makeDue() {
		Instant now = clock.instant();
		return make(Cadence.DAILY, dailyPeriod(now)) + make(Cadence.WEEKLY, weeklyPeriod(now));
	}

	/** The last day whose 07:00 has passed: today from 07:00, before that yesterday. */
	static LocalDate dailyPeriod(Instant now) {
		ZonedDateTime local = now.atZone(MailWorker.DUTCH_TIME);
		LocalDate today = local.toLocalDate();
		return local.toLocalTime().isBefore(DUE_AT) ? today.minusDays(1) : today;
	}

	/** The last Monday whose 07:00 has passed. */
	static LocalDate weeklyPeriod(Instant now) {
		LocalDate day = dailyPeriod(now);
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The moment a digest of that date is due: the items before it are its items. */
	static Instant cutOff(LocalDate period) {
		return period.atTime(DUE_AT).atZone(MailWorker.DUTCH_TIME).toInstant();
	}

	static String key(Long account, Cadence cadence, LocalDate period) {
		return "d:" + account + ":" + cadence + ":" + period;
	}

	private int make(Cadence cadence, LocalDate period) {
		Timestamp cutOff = Timestamp.from(cutOff(period));
		// one pass: paging through the open items by account would read them again per
		// page
		List<Long> accounts = jdbc.sql("""
				select distinct account_id from digest_item
				where cadence = :cadence and outbox_id is null and created_at < :cutOff""")
			.param("cadence", cadence.name())
			.param("cutOff", cutOff)
			.query(Long.class)
			.list();
		int made = 0;
		for (int from = 0; from < accounts.size(); from += BATCH) {
			List<Long> part = accounts.subList(from, Math.min(accounts.size(), from + BATCH));
			made += transaction.execute(status -> makeFor(part, cadence, period, cutOff));
		}
		return made;
	}

	/** One batch, in one transaction: the worker sees a digest only with its items. */
	private int makeFor(List<Long> accounts, Cadence cadence, LocalDate period, Timestamp cutOff) {
		Map<String, Long> byKey = new HashMap<>();
		for (Long account : accounts) {
			byKey.put(key(account, cadence, period), account);
		}
		Set<String> existing = new HashSet<>(
				jdbc.sql("select idempotency_key from email_outbox where idempotency_key in (:keys)")
					.param("keys", byKey.keySet())
					.query(String.class)
					.list());
		byKey.keySet().removeAll(existing);
		if (byKey.isEmpty()) {
			return 0;
		}
		Timestamp now = Timestamp.from(clock.instant());
		String payload = new DigestPayload(cadence, period).json();
		OutboxWrites.queue(batch, OutboxMail.Kind.DIGEST,
				byKey.entrySet()
					.stream()
					.map(entry -> new MapSqlParameterSource().addValue("key", entry.getKey())
						.addValue("account", entry.getValue())
						.addValue("payload", payload)
						.addValue("now", now))
					.toList());
		List<MapSqlParameterSource> takes = jdbc
			.sql("select id, idempotency_key from email_outbox where idempotency_key in (:keys)")
			.param("keys", byKey.keySet())
			.query((row, index) -> new MapSqlParameterSource().addValue("outbox", row.getLong(1))
				.addValue("account", byKey.get(row.getString(2)))
				.addValue("cadence", cadence.name())
				.addValue("cutOff", cutOff))
			.list();
		batch.batchUpdate(TAKE_ITEMS, takes.toArray(MapSqlParameterSource[]::new));
		return takes.size();
	}

}
