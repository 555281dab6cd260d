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
 * answering and building parts store them, so these tests need neither: for tests that
 * need exact rows, or many, without going through the answering rules.
 */
public final class ConsultationRows {

	private final JdbcClient sql;

	public ConsultationRows(JdbcClient sql) {
		this.sql = sql;
	}

	/** A published consultation that opened a week before {@code closesAt}. */
	public Long consultation(String title, boolean anonymous, Instant closesAt, Instant resultsAt) {
		Instant opensAt = closesAt.minus(Duration.ofDays(7));
		return consultation(title, anonymous, opensAt.minus(Duration.ofDays(1)), opensAt, closesAt, resultsAt);
	}

	/**
	 * A published consultation that closed two days ago, its results out for five
	 * minutes.
	 */
	public Long withResultsOut(String title, boolean anonymous) {
		return consultation(title, anonymous, Instant.now().minus(Duration.ofDays(2)),
				Instant.now().minus(Duration.ofMinutes(5)));
	}

	/** A published consultation whose results came out a day before {@code now}. */
	Long withResults(String title, boolean anonymous, Instant now) {
		return consultation(title, anonymous, now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(3)),
				now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
	}

	/** A published consultation open at {@code now}. */
	Long open(String title, boolean anonymous, Instant now) {
		return consultation(title, anonymous, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
	}

	/** A consultation not published yet. */
	Long unpublished(String title, Instant now) {
		return consultation(title, true, null, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(3)));
	}

	/**
	 * @param publishedAt {@code null} for one not published
	 */
	private Long consultation(String title, boolean anonymous, Instant publishedAt, Instant opensAt, Instant closesAt,
			Instant resultsAt) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation (version, title_nl, title_en, intro_nl, intro_en, closing_nl, closing_en,
				    opens_at, closes_at, results_at, audience, anonymous, published_at, created_at)
				values (0, ?, ?, 'Wat vind jij?', 'What do you think?', 'Dank je wel.', 'Thank you.', ?, ?, ?,
				    'SIGNED_IN', ?, ?, ?)""")
			.params(title, title + " (en)", at(opensAt), at(closesAt), at(resultsAt), anonymous, at(publishedAt),
					at(opensAt.minus(Duration.ofDays(5))))
			.update(key, "id");
		return key.getKey().longValue();
	}

	public Long question(Long consultationId, int position, QuestionKind kind, String text) {
		return question(consultationId, position, kind, text, null, null);
	}

	/** A scale's ends are labelled "slecht" and "goed" ("bad" and "good"). */
	public Long question(Long consultationId, int position, QuestionKind kind, String text, Integer scaleMax,
			Integer maxChoices) {
		boolean scale = scaleMax != null;
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation_question (version, consultation_id, position, kind, text_nl, text_en,
				    help_nl, help_en, required, max_choices, scale_max, low_label_nl, low_label_en,
				    high_label_nl, high_label_en)
				values (0, ?, ?, ?, ?, ?, '', '', false, ?, ?, ?, ?, ?, ?)""")
			.params(consultationId, position, kind.name(), text, text + " (en)", maxChoices, scaleMax,
					scale ? "slecht" : null, scale ? "bad" : null, scale ? "goed" : null, scale ? "good" : null)
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
		UUID id = responseRow(consultationId, named ? accountId : null, accountId == null, when);
		if (accountId != null) {
			sql.sql("insert into consultation_marker (consultation_id, account_id) values (?, ?)")
				.params(consultationId, accountId)
				.update();
		}
		return id;
	}

	/**
	 * Only the response row, as given, without a has-answered marker: for results, which
	 * count responses and never read markers.
	 */
	UUID responseRow(Long consultationId, Long accountId, boolean collected, Instant answered) {
		UUID id = UUID.randomUUID();
		sql.sql("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, ?, ?, ?)""")
			.params(id, consultationId, accountId, at(answered.truncatedTo(ChronoUnit.HOURS)), collected)
			.update();
		return id;
	}

	public Long chosen(UUID response, Long questionId, Long optionId) {
		return answer(response, questionId, optionId, null, null, null, null, null, null, null, null);
	}

	Long ranked(UUID response, Long questionId, Long optionId, int position) {
		return answer(response, questionId, optionId, position, null, null, null, null, null, null, null);
	}

	Long scale(UUID response, Long questionId, int number) {
		return answer(response, questionId, null, null, number, null, null, null, null, null, null);
	}

	/** A text waiting for a moderator. */
	public Long text(UUID response, Long questionId, String text) {
		return text(response, questionId, text, "PENDING", null);
	}

	/**
	 * @param review PENDING, SHOWN or HIDDEN
	 * @param shownText the moderator's redacted version, or {@code null}
	 */
	Long text(UUID response, Long questionId, String text, String review, String shownText) {
		return answer(response, questionId, null, null, null, text, null, null, null, review, shownText);
	}

	/** A place waiting for a moderator. */
	public Long place(UUID response, Long questionId, Double latitude, Double longitude, String words, String remark) {
		return answer(response, questionId, null, null, null, remark, latitude, longitude, words, "PENDING", null);
	}

	/** A pin, with a remark (reviewed as given) or without one. */
	Long pin(UUID response, Long questionId, double latitude, double longitude, String remark, String review) {
		return answer(response, questionId, null, null, null, remark, latitude, longitude, null,
				remark == null ? null : review, null);
	}

	/** A place in words only, reviewed as given. */
	Long words(UUID response, Long questionId, String words, String remark, String review) {
		return answer(response, questionId, null, null, null, remark, null, null, words, review, null);
	}

	private Long answer(UUID response, Long questionId, Long optionId, Integer rank, Integer number, String text,
			Double latitude, Double longitude, String words, String review, String shownText) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
				    number_value, text_value, latitude, longitude, place_words, review, shown_text)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(response, questionId, optionId, rank, number, text, latitude, longitude, words, review, shownText)
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
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
