package nl.wijkstem.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.wijkstem.base.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers moderators read, straight from their rows: the queue is one statement for
 * the page and one for the count, however many answers wait.
 */
@Component
class ReviewRows {

	private static final String SELECT = """
			select a.id, a.version, a.text_value, a.place_words, a.latitude, a.longitude, a.idea_id, a.review,
			       r.answered_hour, r.collected, q.kind, q.text_nl, q.text_en, c.id, c.title_nl, c.title_en
			from consultation_answer a
			join consultation_response r on r.id = a.response_id
			join consultation_question q on q.id = a.question_id
			join consultation c on c.id = r.consultation_id
			""";

	private final JdbcClient sql;

	ReviewRows(JdbcClient sql) {
		this.sql = sql;
	}

	List<AnswerToReview> pending(int offset, int limit, Locale locale) {
		return sql.sql(SELECT + "where a.review = 'PENDING' order by r.answered_hour, a.id limit ? offset ?")
			.params(limit, offset)
			.query((row, number) -> answer(row, locale).answer())
			.list();
	}

	long pendingCount() {
		return sql.sql("select count(*) from consultation_answer where review = 'PENDING'").query(Long.class).single();
	}

	Optional<Row> find(Long answerId) {
		return sql.sql(SELECT + "where a.id = ? and a.review is not null")
			.param(answerId)
			.query((row, number) -> answer(row, Locale.forLanguageTag("nl")))
			.optional();
	}

	/**
	 * @return whether the answer was still at that version
	 */
	boolean decide(Long answerId, int expectedVersion, AnswerReview review, String shownText) {
		return sql.sql("""
				update consultation_answer set review = ?, shown_text = ?, version = version + 1
				where id = ? and version = ?""")
			.params(review.name(), shownText, answerId, expectedVersion)
			.update() == 1;
	}

	/**
	 * @return whether the answer was still at that version and had no idea yet
	 */
	boolean linkIdea(Long answerId, int expectedVersion, Long ideaId) {
		return sql.sql("""
				update consultation_answer set idea_id = ?, version = version + 1
				where id = ? and version = ? and idea_id is null""")
			.params(ideaId, answerId, expectedVersion)
			.update() == 1;
	}

	private static Row answer(ResultSet row, Locale locale) throws SQLException {
		Timestamp hour = row.getTimestamp(9);
		Long ideaId = row.getObject(7) == null ? null : row.getLong(7);
		Double latitude = row.getObject(5) == null ? null : row.getDouble(5);
		Double longitude = row.getObject(6) == null ? null : row.getDouble(6);
		AnswerToReview answer = new AnswerToReview(row.getLong(1), row.getInt(2), row.getLong(14),
				new LocalizedText(row.getString(15), row.getString(16)).in(locale),
				new LocalizedText(row.getString(12), row.getString(13)).in(locale),
				QuestionKind.valueOf(row.getString(11)), nullToEmpty(row.getString(3)), row.getString(4), latitude,
				longitude, hour == null ? null : hour.toInstant(), row.getBoolean(10), ideaId);
		return new Row(answer, AnswerReview.valueOf(row.getString(8)), row.getString(15));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/**
	 * An answer with where it stands and its consultation's Dutch title (the name ideas
	 * made of it are collected under).
	 */
	record Row(AnswerToReview answer, AnswerReview review, String consultationTitleNl) {
	}

}
