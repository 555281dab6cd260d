package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cuts the last tie between an anonymous answer and the account that gave it. The answer
 * and the has-answered marker are stored in one transaction (one answer per person is the
 * point), and PostgreSQL keeps that transaction's id with both rows; answer rows also get
 * ids in the order they came in. Once an hour is over, this rewrites all anonymous
 * responses of that hour in one transaction, in random order, with new response and
 * answer ids, and deletes the originals: afterwards a response shares its transaction and
 * its place in any order with every answer of its hour, and the hour is all the response
 * itself says ({@code answered_hour}).
 */
@Component
class AnonymousResponseMixing {

	private final JdbcClient sql;

	private final Clock clock;

	AnonymousResponseMixing(JdbcClient sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
	}

	/**
	 * Mixes the anonymous responses of every hour that is over.
	 * @return how many responses were rewritten
	 */
	@Transactional
	int mixFinishedHours() {
		Instant currentHour = clock.instant().truncatedTo(ChronoUnit.HOURS);
		List<UUID> unmixed = new ArrayList<>(sql.sql("""
				select r.id from consultation_response r
				join consultation c on c.id = r.consultation_id
				where not r.mixed and c.anonymous and r.account_id is null and r.answered_hour < ?""")
			.param(currentHour.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list());
		Collections.shuffle(unmixed);
		for (UUID old : unmixed) {
			rewrite(old);
		}
		return unmixed.size();
	}

	private void rewrite(UUID old) {
		UUID fresh = UUID.randomUUID();
		sql.sql("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected, mixed)
				select ?, consultation_id, null, answered_hour, collected, true
				from consultation_response where id = ?""").params(fresh, old).update();
		sql.sql("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
				    number_value, text_value, latitude, longitude, place_words, review, shown_text, idea_id)
				select version, ?, question_id, option_id, rank_position, number_value, text_value, latitude,
				    longitude, place_words, review, shown_text, idea_id
				from consultation_answer where response_id = ? order by question_id, id""").params(fresh, old).update();
		sql.sql("delete from consultation_response where id = ?").param(old).update();
	}

}
