package nl.wijkstem.consultation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Consultations with answers written straight into the database, as the results read
 * them: for results, CSV and benchmark tests that need many or exact answers without
 * going through the answering rules.
 */
class ResultsFixtures {

	private final JdbcTemplate jdbc;

	ResultsFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A published consultation whose results came out a day before {@code now}. */
	Long consultationWithResults(String title, boolean anonymous, Instant now) {
		return consultation(title, anonymous, now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(3)),
				now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
	}

	/** A published consultation open at {@code now}. */
	Long openConsultation(String title, boolean anonymous, Instant now) {
		return consultation(title, anonymous, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
	}

	/** A consultation not published yet. */
	Long draftConsultation(String title, Instant now) {
		return consultation(title, true, null, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(3)));
	}

	private Long consultation(String title, boolean anonymous, Instant published, Instant opens, Instant closes,
			Instant results) {
		return insert("""
				insert into consultation (version, title_nl, title_en, intro_nl, intro_en, closing_nl, closing_en,
					opens_at, closes_at, results_at, audience, anonymous, published_at, created_at)
				values (0, ?, ?, 'Inleiding', 'Introduction', 'Bedankt', 'Thanks', ?, ?, ?, 'SIGNED_IN', ?, ?, ?)""",
				title, title + " (en)", time(opens), time(closes), time(results), anonymous, time(published),
				time(opens.minus(Duration.ofDays(5))));
	}

	Long question(Long consultationId, int position, QuestionKind kind, String text) {
		return question(consultationId, position, kind, text, null, null);
	}

	Long question(Long consultationId, int position, QuestionKind kind, String text, Integer scaleMax,
			Integer maxChoices) {
		return insert("""
				insert into consultation_question (version, consultation_id, position, kind, text_nl, text_en,
					help_nl, help_en, required, max_choices, scale_max, low_label_nl, low_label_en,
					high_label_nl, high_label_en)
				values (0, ?, ?, ?, ?, ?, '', '', false, ?, ?, ?, ?, ?, ?)""", consultationId, position, kind.name(),
				text, text + " (en)", maxChoices, scaleMax, scaleMax == null ? null : "slecht",
				scaleMax == null ? null : "bad", scaleMax == null ? null : "goed", scaleMax == null ? null : "good");
	}

	Long option(Long questionId, int position, String label) {
		return insert("""
				insert into consultation_option (version, question_id, position, label_nl, label_en)
				values (0, ?, ?, ?, ?)""", questionId, position, label, label + " (en)");
	}

	UUID response(Long consultationId, Long accountId, boolean collected, Instant answered) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, ?, ?, ?)""", id, consultationId, accountId,
				Timestamp.from(answered.truncatedTo(ChronoUnit.HOURS)), collected);
		return id;
	}

	void choice(UUID response, Long questionId, Long optionId) {
		answer(response, questionId, optionId, null, null, null, null, null, null, null, null);
	}

	void rank(UUID response, Long questionId, Long optionId, int position) {
		answer(response, questionId, optionId, position, null, null, null, null, null, null, null);
	}

	void scale(UUID response, Long questionId, int number) {
		answer(response, questionId, null, null, number, null, null, null, null, null, null);
	}

	/**
	 * @param review PENDING, SHOWN or HIDDEN
	 * @param shownText the moderator's redacted version, or {@code null}
	 */
	void text(UUID response, Long questionId, String text, String review, String shownText) {
		answer(response, questionId, null, null, null, text, null, null, null, review, shownText);
	}

	/** A pin, with a remark (reviewed as given) or without one. */
	void pin(UUID response, Long questionId, double latitude, double longitude, String remark, String review) {
		answer(response, questionId, null, null, null, remark, latitude, longitude, null,
				remark == null ? null : review, null);
	}

	/** A place in words only, reviewed as given. */
	void words(UUID response, Long questionId, String words, String remark, String review) {
		answer(response, questionId, null, null, null, remark, null, null, words, review, null);
	}

	private void answer(UUID response, Long questionId, Long optionId, Integer rank, Integer number, String text,
			Double latitude, Double longitude, String words, String review, String shownText) {
		jdbc.update("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
					number_value, text_value, latitude, longitude, place_words, review, shown_text)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", response, questionId, optionId, rank, number, text,
				latitude, longitude, words, review, shownText);
	}

	private Long insert(String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		}, key);
		return key.getKeyAs(Long.class);
	}

	private static Timestamp time(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
