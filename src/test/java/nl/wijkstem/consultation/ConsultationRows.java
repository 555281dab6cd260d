package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Consultations, questions and answers written straight into their tables, as the
 * answering and building parts store them, so these tests need neither.
 */
public final class ConsultationRows {

	private final JdbcClient sql;

	public ConsultationRows(JdbcClient sql) {
		this.sql = sql;
	}

	/** A published consultation that opened a week before {@code resultsAt}'s day. */
	public Long consultation(String title, boolean anonymous, Instant closesAt, Instant resultsAt) {
		Instant opensAt = closesAt.minus(Duration.ofDays(7));
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation (version, title_nl, title_en, intro_nl, intro_en, closing_nl, closing_en,
				    opens_at, closes_at, results_at, audience, anonymous, published_at, created_at)
				values (0, ?, ?, 'Wat vind jij?', 'What do you think?', 'Dank je wel.', 'Thank you.', ?, ?, ?,
				    'SIGNED_IN', ?, ?, ?)""")
			.params(title, title + " (en)", at(opensAt), at(closesAt), at(resultsAt), anonymous,
					at(opensAt.minus(Duration.ofDays(1))), at(opensAt.minus(Duration.ofDays(2))))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * A published consultation that closed two days ago, its results out for five
	 * minutes.
	 */
	public Long withResultsOut(String title, boolean anonymous) {
		return consultation(title, anonymous, Instant.now().minus(Duration.ofDays(2)),
				Instant.now().minus(Duration.ofMinutes(5)));
	}

	public Long question(Long consultationId, int position, QuestionKind kind, String text) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation_question (version, consultation_id, position, kind, text_nl, text_en,
				    help_nl, help_en, required)
				values (0, ?, ?, ?, ?, ?, '', '', false)""")
			.params(consultationId, position, kind.name(), text, text + " (en)")
			.update(key, "id");
		return key.getKey().longValue();
	}

	public Long option(Long questionId, int position, String label) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation_option (version, question_id, position, label_nl, label_en)
				values (0, ?, ?, ?, ?)""").params(questionId, position, label, label + " (en)").update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * A response: linked to the account in a named consultation ({@code accountId} not
	 * null), with its has-answered marker when someone answered; anonymous answers pass
	 * the account only for the marker.
	 */
	public UUID response(Long consultationId, Long accountId, boolean named, Instant when) {
		UUID id = UUID.randomUUID();
		sql.sql("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, ?, ?, ?)""")
			.params(id, consultationId, named ? accountId : null, at(when.truncatedTo(ChronoUnit.HOURS)),
					accountId == null)
			.update();
		if (accountId != null) {
			sql.sql("insert into consultation_marker (consultation_id, account_id) values (?, ?)")
				.params(consultationId, accountId)
				.update();
		}
		return id;
	}

	public Long chosen(UUID response, Long questionId, Long optionId) {
		return answer(response, questionId, optionId, null, null, null, null, null);
	}

	public Long text(UUID response, Long questionId, String text) {
		return answer(response, questionId, null, text, null, null, null, "PENDING");
	}

	public Long place(UUID response, Long questionId, Double latitude, Double longitude, String words, String remark) {
		return answer(response, questionId, null, remark, latitude, longitude, words, "PENDING");
	}

	private Long answer(UUID response, Long questionId, Long optionId, String text, Double latitude, Double longitude,
			String words, String review) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation_answer (version, response_id, question_id, option_id, text_value,
				    latitude, longitude, place_words, review)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(response, questionId, optionId, text, latitude, longitude, words, review)
			.update(key, "id");
		return key.getKey().longValue();
	}

	public void draft(Long consultationId, Long accountId, String answers, Instant savedAt) {
		sql.sql("""
				insert into consultation_draft (consultation_id, account_id, answers, saved_at)
				values (?, ?, ?, ?)""").params(consultationId, accountId, answers, at(savedAt)).update();
	}

	/** The number a {@code select count(*)} query gives for these parameters. */
	public long count(String query, Object... parameters) {
		return sql.sql(query).params(parameters).query(Long.class).single();
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
