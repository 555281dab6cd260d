package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.Translator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What consultations keep about a person, for their download of "my data": which
 * consultations they answered (the has-answered markers), their answers to named
 * consultations with what they chose and wrote, and answers in progress. Answers to an
 * anonymous consultation are not theirs to download: nothing links them to the person.
 * Deleting the account removes all of this (the rows cascade with the account).
 */
@Component
class ConsultationPersonalData implements PersonalDataSource {

	private final JdbcClient sql;

	private final DraftStore drafts;

	ConsultationPersonalData(JdbcClient sql, DraftStore drafts) {
		this.sql = sql;
		this.drafts = drafts;
	}

	@Override
	public String section() {
		return "consultations";
	}

	@Override
	public List<PersonalDataCount> counts(Long accountId) {
		return List.of(new PersonalDataCount("myData.kept.consultationsAnswered",
				count("select count(*) from consultation_marker where account_id = ?", accountId), "raadplegingen"),
				new PersonalDataCount("myData.kept.consultationAnswers",
						count("select count(*) from consultation_response where account_id = ?", accountId), null),
				new PersonalDataCount("myData.kept.consultationDrafts",
						count("select count(*) from consultation_draft where account_id = ?", accountId), null));
	}

	private long count(String query, Long accountId) {
		return sql.sql(query).param(accountId).query(Long.class).single();
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
		List<AnsweredRecord> answered = sql.sql("""
				select c.title_nl, c.title_en, c.anonymous from consultation_marker m
				join consultation c on c.id = m.consultation_id where m.account_id = ? order by c.opens_at, c.id""")
			.param(accountId)
			.query((row, number) -> new AnsweredRecord(
					new LocalizedText(row.getString(1), row.getString(2)).in(words.locale()),
					words.text(row.getBoolean(3) ? "consultation.myData.anonymous" : "consultation.myData.named")))
			.list();
		return new ConsultationsRecord(answered, namedAnswers(accountId, words), drafts(accountId, words));
	}

	private List<ResponseRecord> namedAnswers(Long accountId, Translator words) {
		Map<String, ResponseRecord> responses = new LinkedHashMap<>();
		sql.sql("""
				select cast(r.id as varchar(36)), c.title_nl, c.title_en, r.answered_hour from consultation_response r
				join consultation c on c.id = r.consultation_id where r.account_id = ? order by r.answered_hour""")
			.param(accountId)
			.query((row, number) -> responses.put(row.getString(1),
					new ResponseRecord(new LocalizedText(row.getString(2), row.getString(3)).in(words.locale()),
							row.getTimestamp(4).toInstant(), new ArrayList<>())))
			.list();
		if (responses.isEmpty()) {
			return List.of();
		}
		Map<String, Map<Long, List<AnswerPart>>> parts = new LinkedHashMap<>();
		Map<Long, String> questionTexts = new LinkedHashMap<>();
		sql.sql("""
				select cast(a.response_id as varchar(36)), q.id, q.text_nl, q.text_en, q.kind, o.label_nl, o.label_en,
				       a.rank_position, a.number_value, a.text_value, a.latitude, a.longitude, a.place_words
				from consultation_answer a
				join consultation_response r on r.id = a.response_id
				join consultation_question q on q.id = a.question_id
				left join consultation_option o on o.id = a.option_id
				where r.account_id = ? order by q.position, a.rank_position, o.position, a.id""")
			.param(accountId)
			.query((row, number) -> {
				Long question = row.getLong(2);
				questionTexts.put(question, new LocalizedText(row.getString(3), row.getString(4)).in(words.locale()));
				String option = row.getString(6) == null ? null
						: new LocalizedText(row.getString(6), row.getString(7)).in(words.locale());
				AnswerPart part = new AnswerPart(option, (Integer) row.getObject(8), (Integer) row.getObject(9),
						row.getString(10), (Double) row.getObject(11), (Double) row.getObject(12), row.getString(13));
				return parts.computeIfAbsent(row.getString(1), response -> new LinkedHashMap<>())
					.computeIfAbsent(question, q -> new ArrayList<>())
					.add(part);
			})
			.list();
		parts.forEach((response,
				byQuestion) -> byQuestion.forEach((question, answer) -> responses.get(response)
					.answers()
					.add(new AnswerRecord(questionTexts.get(question), inWords(answer)))));
		return List.copyOf(responses.values());
	}

	private List<DraftRecord> drafts(Long accountId, Translator words) {
		List<DraftRecord> found = new ArrayList<>();
		sql.sql("""
				select d.consultation_id, c.title_nl, c.title_en, d.answers, d.saved_at from consultation_draft d
				join consultation c on c.id = d.consultation_id where d.account_id = ? order by d.saved_at""")
			.param(accountId)
			.query((row, number) -> found.add(new DraftRecord(
					new LocalizedText(row.getString(2), row.getString(3)).in(words.locale()),
					row.getTimestamp(5).toInstant(), draftAnswers(row.getLong(1), accountId, row.getString(4), words))))
			.list();
		return found;
	}

	/**
	 * A draft in words, read as the form reads it; kept as it is stored when it cannot be
	 * read so, for nothing kept may be left out of the download.
	 */
	private List<AnswerRecord> draftAnswers(Long consultationId, Long accountId, String stored, Translator words) {
		Optional<List<AnswerInput>> read = drafts.find(consultationId, accountId);
		if (read.isEmpty()) {
			return List.of(new AnswerRecord("", stored));
		}
		List<AnswerInput> inputs = read.get();
		Map<Long, String> questions = new LinkedHashMap<>();
		sql.sql("select id, text_nl, text_en from consultation_question where consultation_id = ?")
			.param(consultationId)
			.query((row, number) -> questions.put(row.getLong(1),
					new LocalizedText(row.getString(2), row.getString(3)).in(words.locale())))
			.list();
		Set<Long> optionIds = inputs.stream().flatMap(input -> input.optionIds().stream()).collect(Collectors.toSet());
		Map<Long, String> labels = new LinkedHashMap<>();
		if (!optionIds.isEmpty()) {
			sql.sql("select id, label_nl, label_en from consultation_option where id in (:ids)")
				.param("ids", optionIds)
				.query((row, number) -> labels.put(row.getLong(1),
						new LocalizedText(row.getString(2), row.getString(3)).in(words.locale())))
				.list();
		}
		return inputs.stream().filter(input -> !input.isEmpty()).map(input -> {
			List<String> said = new ArrayList<>();
			input.optionIds().stream().map(id -> labels.getOrDefault(id, String.valueOf(id))).forEach(said::add);
			if (input.number() != null) {
				said.add(String.valueOf(input.number()));
			}
			if (input.text() != null && !input.text().isBlank()) {
				said.add(input.text());
			}
			input.places()
				.forEach(place -> said.add(place(place.words(), place.latitude(), place.longitude(), place.remark())));
			return new AnswerRecord(questions.getOrDefault(input.questionId(), ""), String.join("; ", said));
		}).toList();
	}

	private static String inWords(List<AnswerPart> parts) {
		List<String> said = new ArrayList<>();
		for (AnswerPart part : parts) {
			if (part.option() != null) {
				said.add(part.rank() == null ? part.option() : part.rank() + ". " + part.option());
			}
			else if (part.number() != null) {
				said.add(String.valueOf(part.number()));
			}
			else if (part.latitude() != null || part.words() != null) {
				said.add(place(part.words(), part.latitude(), part.longitude(), part.text()));
			}
			else if (part.text() != null) {
				said.add(part.text());
			}
		}
		return String.join("; ", said);
	}

	private static String place(String placeWords, Double latitude, Double longitude, String remark) {
		List<String> said = new ArrayList<>();
		if (placeWords != null && !placeWords.isBlank()) {
			said.add(placeWords);
		}
		if (latitude != null && longitude != null) {
			said.add(latitude + ", " + longitude);
		}
		if (remark != null && !remark.isBlank()) {
			said.add(remark);
		}
		return String.join(" – ", said);
	}

	private record AnswerPart(String option, Integer rank, Integer number, String text, Double latitude,
			Double longitude, String words) {
	}

	/** All a person's consultation data. */
	record ConsultationsRecord(List<AnsweredRecord> answered, List<ResponseRecord> namedAnswers,
			List<DraftRecord> drafts) {
	}

	/** A consultation they answered, and whether their answers are linked to them. */
	record AnsweredRecord(String consultation, String answers) {
	}

	/** Their answer to a named consultation, with the hour it came in. */
	record ResponseRecord(String consultation, Instant answeredAt, List<AnswerRecord> answers) {
	}

	/** One question and what they answered, in words. */
	record AnswerRecord(String question, String answer) {
	}

	/** Answers in progress, not sent yet. */
	record DraftRecord(String consultation, Instant savedAt, List<AnswerRecord> answers) {
	}

}
