package nl.wijkstem.consultation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Responses, their answer rows and the "has answered" markers, written with plain SQL: a
 * response is one insert and one batch of answer rows, however many questions it has.
 * Callers hold the transaction.
 * <p>
 * A response's id is random and its time is the hour only; in an anonymous consultation
 * it has no account, and the marker that says who answered has neither a time nor a link
 * to it.
 */
@Component
class ResponseStore {

	static final String PENDING = "PENDING";

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	ResponseStore(JdbcClient sql, JdbcTemplate jdbc) {
		this.sql = sql;
		this.jdbc = jdbc;
	}

	/** Whether the account has answered the consultation. */
	boolean hasAnswered(Long consultationId, Long accountId) {
		return sql.sql("select count(*) from consultation_marker where consultation_id = ? and account_id = ?")
			.params(consultationId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Locks the account's marker until the transaction ends, so two changes of one named
	 * answer follow each other.
	 * @return whether there is a marker
	 */
	boolean lockMarker(Long consultationId, Long accountId) {
		return !sql
			.sql("select account_id from consultation_marker where consultation_id = ? and account_id = ? for update")
			.params(consultationId, accountId)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Records that the account answered.
	 * @throws org.springframework.dao.DuplicateKeyException when it had, or a parallel
	 * first answer of the same account got there first
	 */
	void mark(Long consultationId, Long accountId) {
		sql.sql("insert into consultation_marker (consultation_id, account_id) values (?, ?)")
			.params(consultationId, accountId)
			.update();
	}

	/**
	 * Removes the account's response in a named consultation (its answers go with it).
	 */
	void removeNamed(Long consultationId, Long accountId) {
		sql.sql("delete from consultation_response where consultation_id = ? and account_id = ?")
			.params(consultationId, accountId)
			.update();
	}

	/**
	 * Stores a response with its answers.
	 * @param accountId the account, only in a named consultation; {@code null} otherwise
	 * @return the response's id
	 */
	UUID insert(Long consultationId, Long accountId, Instant now, boolean collected,
			List<AnswerRules.Accepted> answers) {
		UUID responseId = UUID.randomUUID();
		sql.sql("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, ?, ?, ?)""")
			.params(responseId, consultationId, accountId, now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC),
					collected)
			.update();
		List<Row> rows = rows(answers);
		jdbc.batchUpdate("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
				number_value, text_value, latitude, longitude, place_words, review)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(),
				(PreparedStatement statement, Row row) -> row.bind(statement, responseId));
		return responseId;
	}

	/**
	 * The account's stored answer in a named consultation, as the form shows it; empty
	 * when there is none.
	 */
	List<AnswerInput> named(Long consultationId, Long accountId) {
		List<StoredRow> rows = sql.sql("""
				select a.question_id, a.option_id, a.rank_position, a.number_value, a.text_value,
				a.latitude, a.longitude, a.place_words
				from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and r.account_id = ?
				order by a.question_id, a.rank_position, a.id""")
			.params(consultationId, accountId)
			.query((result, number) -> new StoredRow(result.getLong(1), result.getObject(2, Long.class),
					result.getObject(4, Integer.class), result.getString(5), result.getObject(6, Double.class),
					result.getObject(7, Double.class), result.getString(8)))
			.list();
		Map<Long, List<StoredRow>> byQuestion = new LinkedHashMap<>();
		for (StoredRow row : rows) {
			byQuestion.computeIfAbsent(row.questionId(), id -> new ArrayList<>()).add(row);
		}
		List<AnswerInput> answers = new ArrayList<>();
		byQuestion.forEach((questionId, its) -> answers.add(StoredRow.answer(questionId, its)));
		return answers;
	}

	private static List<Row> rows(List<AnswerRules.Accepted> answers) {
		List<Row> rows = new ArrayList<>();
		for (AnswerRules.Accepted accepted : answers) {
			Long questionId = accepted.question().id();
			AnswerInput answer = accepted.answer();
			switch (accepted.question().kind()) {
				case SINGLE_CHOICE, PROPOSAL, MULTIPLE_CHOICE -> answer.optionIds()
					.forEach(optionId -> rows.add(new Row(questionId, optionId, null, null, null, null, null, null)));
				case RANKING -> {
					for (int place = 0; place < answer.optionIds().size(); place++) {
						rows.add(new Row(questionId, answer.optionIds().get(place), place + 1, null, null, null, null,
								null));
					}
				}
				case SCALE -> rows.add(new Row(questionId, null, null, answer.number(), null, null, null, null));
				case SHORT_TEXT, LONG_TEXT ->
					rows.add(new Row(questionId, null, null, null, answer.text(), null, null, null));
				case PLACE -> answer.places()
					.forEach(place -> rows.add(new Row(questionId, null, null, null, place.remark(), place.latitude(),
							place.longitude(), place.words())));
				case SECTION -> {
				}
			}
		}
		return rows;
	}

	/** One answer row to insert. */
	private record Row(Long questionId, Long optionId, Integer rank, Integer number, String text, Double latitude,
			Double longitude, String words) {

		/**
		 * Text a resident wrote (an open answer, a remark, a place in words) waits for a
		 * moderator before anyone else reads it.
		 */
		String review() {
			return text != null || words != null ? PENDING : null;
		}

		void bind(PreparedStatement statement, UUID responseId) throws SQLException {
			statement.setObject(1, responseId);
			statement.setLong(2, questionId);
			setNullable(statement, 3, optionId, Types.BIGINT);
			setNullable(statement, 4, rank, Types.INTEGER);
			setNullable(statement, 5, number, Types.INTEGER);
			setNullable(statement, 6, text, Types.VARCHAR);
			setNullable(statement, 7, latitude, Types.DOUBLE);
			setNullable(statement, 8, longitude, Types.DOUBLE);
			setNullable(statement, 9, words, Types.VARCHAR);
			setNullable(statement, 10, review(), Types.VARCHAR);
		}

		private static void setNullable(PreparedStatement statement, int index, Object value, int type)
				throws SQLException {
			if (value == null) {
				statement.setNull(index, type);
			}
			else {
				statement.setObject(index, value);
			}
		}

	}

	/** One stored answer row, read back. */
	private record StoredRow(Long questionId, Long optionId, Integer number, String text, Double latitude,
			Double longitude, String words) {

		static AnswerInput answer(Long questionId, List<StoredRow> rows) {
			List<Long> optionIds = new ArrayList<>();
			Integer number = null;
			String text = null;
			List<AnswerInput.PlaceAnswer> places = new ArrayList<>();
			for (StoredRow row : rows) {
				if (row.optionId() != null) {
					optionIds.add(row.optionId());
				}
				else if (row.number() != null) {
					number = row.number();
				}
				else if (row.latitude() != null || row.words() != null) {
					places.add(new AnswerInput.PlaceAnswer(row.latitude(), row.longitude(), row.words(), row.text()));
				}
				else {
					text = row.text();
				}
			}
			return new AnswerInput(questionId, optionIds, number, text, places);
		}

	}

}
