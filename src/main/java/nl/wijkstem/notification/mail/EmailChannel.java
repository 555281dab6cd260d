package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeChannel;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.NoticeMessage;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel: a notice for a resident with a working, confirmed address becomes a
 * mail in the outbox (immediately) or an item for their next digest (daily, weekly), as
 * the resident chose for its kind. Both are written in the notice listener's transaction
 * and only if their key is new: when the event publication registry runs the listener
 * again after a crash, nothing is added twice. Sending is the worker's job.
 */
@Component
class EmailChannel implements NoticeChannel {

	/** Keeps {@code in (...)} lists well under every database's limit. */
	private static final int PART = 1000;

	private static final String DIGEST_INSERT = """
			insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at)
			select :key, :account, :kind, :cadence, :payload, :now
			where not exists (select 1 from digest_item where idempotency_key = :key)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final NoticePreferences preferences;

	private final MailSettings settings;

	private final Clock clock;

	EmailChannel(JdbcClient jdbc, NamedParameterJdbcTemplate batch, NoticePreferences preferences,
			MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.preferences = preferences;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void send(NoticeMessage message) {
		sendAll(List.of(message));
	}

	@Override
	public void sendAll(List<NoticeMessage> messages) {
		if (!settings.enabled()) {
			// nothing written, so nothing piles up that nobody will ever send
			return;
		}
		Set<Long> mailable = mailable(messages.stream().map(NoticeMessage::recipientId).collect(Collectors.toSet()));
		if (mailable.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<MapSqlParameterSource> immediate = new ArrayList<>();
		List<MapSqlParameterSource> gathered = new ArrayList<>();
		Map<NoticeKind, List<NoticeMessage>> byKind = messages.stream()
			.filter(message -> mailable.contains(message.recipientId()))
			.collect(Collectors.groupingBy(NoticeMessage::kind));
		byKind.forEach((kind, ofKind) -> {
			Map<Long, Cadence> cadences = preferences
				.cadences(ofKind.stream().map(NoticeMessage::recipientId).collect(Collectors.toSet()), kind);
			for (NoticeMessage message : ofKind) {
				Cadence cadence = cadences.get(message.recipientId());
				MapSqlParameterSource row = new MapSqlParameterSource().addValue("key", message.noticeId())
					.addValue("account", message.recipientId())
					.addValue("payload", NoticePayload.of(message).json())
					.addValue("now", now);
				switch (cadence) {
					case IMMEDIATELY -> immediate.add(row);
					case DAILY, WEEKLY ->
						gathered.add(row.addValue("kind", kind.name()).addValue("cadence", cadence.name()));
					case APP_ONLY -> {
					}
				}
			}
		});
		if (!immediate.isEmpty()) {
			OutboxWrites.queue(batch, OutboxMail.Kind.NOTICE, immediate);
		}
		if (!gathered.isEmpty()) {
			batch.batchUpdate(DIGEST_INSERT, gathered.toArray(MapSqlParameterSource[]::new));
		}
	}

	/** Who of these has a confirmed address that has not bounced. */
	private Set<Long> mailable(Collection<Long> recipients) {
		Set<Long> mailable = new HashSet<>();
		for (Collection<Long> part : parts(recipients)) {
			mailable.addAll(jdbc.sql("""
					select account_id from email_address
					where account_id in (:ids) and address is not null and failed_at is null""")
				.param("ids", part)
				.query(Long.class)
				.list());
		}
		return mailable;
	}

	static List<Collection<Long>> parts(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<Collection<Long>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += PART) {
			parts.add(all.subList(from, Math.min(all.size(), from + PART)));
		}
		return parts;
	}

}
