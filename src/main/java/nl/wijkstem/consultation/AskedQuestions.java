package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What {@link AnswerRules} needs of a consultation's questions (kind, required, limits,
 * condition, option ids), read in one query without texts or entities: checking an answer
 * is on the path of every submit, where loading and flushing the question entities cost
 * more than the rest of storing an answer.
 */
@Component
class AskedQuestions {

	private final JdbcClient sql;

	AskedQuestions(JdbcClient sql) {
		this.sql = sql;
	}

	/** The questions in order, with empty texts; sections included. */
	List<QuestionItem> of(Long consultationId) {
		List<Row> rows = sql.sql("""
				select q.id, q.position, q.kind, q.required, q.max_choices, q.scale_max, q.condition_option_id,
				c.question_id, o.id
				from consultation_question q
				left join consultation_option c on c.id = q.condition_option_id
				left join consultation_option o on o.question_id = q.id
				where q.consultation_id = ?
				order by q.position, o.position""")
			.param(consultationId)
			.query((result, number) -> new Row(result.getLong(1), result.getInt(2),
					QuestionKind.valueOf(result.getString(3)), result.getBoolean(4), result.getObject(5, Integer.class),
					result.getObject(6, Integer.class), result.getObject(7, Long.class),
					result.getObject(8, Long.class), result.getObject(9, Long.class)))
			.list();
		Map<Long, Row> questions = new LinkedHashMap<>();
		Map<Long, List<QuestionItem.OptionItem>> options = new LinkedHashMap<>();
		for (Row row : rows) {
			questions.putIfAbsent(row.id(), row);
			List<QuestionItem.OptionItem> its = options.computeIfAbsent(row.id(), id -> new ArrayList<>());
			if (row.optionId() != null) {
				its.add(new QuestionItem.OptionItem(row.optionId(), "", ""));
			}
		}
		List<QuestionItem> items = new ArrayList<>(questions.size());
		for (Row question : questions.values()) {
			items.add(new QuestionItem(question.id(), question.position(), question.kind(), "", "", "",
					question.required(), question.maxChoices(), question.scaleMax(), null, null, null, null,
					question.conditionQuestionId(), question.conditionOptionId(),
					List.copyOf(options.get(question.id()))));
		}
		return items;
	}

	private record Row(Long id, int position, QuestionKind kind, boolean required, Integer maxChoices, Integer scaleMax,
			Long conditionOptionId, Long conditionQuestionId, Long optionId) {
	}

}
