package nl.wijkstem.consultation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.wijkstem.base.Rejection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers in progress, one draft per account and consultation, kept as JSON: nothing in a
 * draft counts, so it is stored as the form sent it, within a size limit. Callers hold
 * the transaction.
 */
@Component
class DraftStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient sql;

	DraftStore(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * Keeps the answers, replacing an earlier draft.
	 * @throws Rejection {@code consultation.error.draftTooLarge}
	 * @throws org.springframework.dao.DuplicateKeyException when a parallel save of the
	 * same draft inserted it first: the caller tries again
	 */
	void save(Long consultationId, Long accountId, List<AnswerInput> answers, Instant now) {
		String json = JSON.writeValueAsString(answers.stream().map(DraftAnswer::of).toList());
		if (json.length() > AnswerLimits.DRAFT_MAX_CHARS) {
			throw new Rejection("consultation.error.draftTooLarge");
		}
		int updated = sql
			.sql("update consultation_draft set answers = ?, saved_at = ? where consultation_id = ? and account_id = ?")
			.params(json, now.atOffset(ZoneOffset.UTC), consultationId, accountId)
			.update();
		if (updated == 0) {
			sql.sql("insert into consultation_draft (consultation_id, account_id, answers, saved_at) values (?, ?, ?, ?)")
				.params(consultationId, accountId, json, now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** The draft's answers; empty when there is none (or it can no longer be read). */
	Optional<List<AnswerInput>> find(Long consultationId, Long accountId) {
		return sql.sql("select answers from consultation_draft where consultation_id = ? and account_id = ?")
			.params(consultationId, accountId)
			.query(String.class)
			.optional()
			.flatMap(DraftStore::read);
	}

	void remove(Long consultationId, Long accountId) {
		sql.sql("delete from consultation_draft where consultation_id = ? and account_id = ?")
			.params(consultationId, accountId)
			.update();
	}

	private static Optional<List<AnswerInput>> read(String json) {
		try {
			return Optional
				.of(List.of(JSON.readValue(json, DraftAnswer[].class)).stream().map(DraftAnswer::input).toList());
		}
		catch (JacksonException unreadable) {
			// a draft is a convenience: one that no longer fits the form is started
			// afresh
			return Optional.empty();
		}
	}

	/**
	 * The stored form of one answer: its own record, so the JSON stays the same when
	 * {@link AnswerInput} gains methods.
	 */
	record DraftAnswer(Long question, List<Long> options, Integer number, String text, List<DraftPlace> places) {

		static DraftAnswer of(AnswerInput input) {
			return new DraftAnswer(input.questionId(), input.optionIds(), input.number(), input.text(),
					input.places().stream().map(DraftPlace::of).toList());
		}

		AnswerInput input() {
			return new AnswerInput(question, options, number, text,
					places == null ? List.of() : places.stream().map(DraftPlace::input).toList());
		}

	}

	record DraftPlace(Double latitude, Double longitude, String words, String remark) {

		static DraftPlace of(AnswerInput.PlaceAnswer place) {
			return new DraftPlace(place.latitude(), place.longitude(), place.words(), place.remark());
		}

		AnswerInput.PlaceAnswer input() {
			return new AnswerInput.PlaceAnswer(latitude, longitude, words, remark);
		}

	}

}
