package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counting behind a consultation's results: a few aggregate queries for the whole
 * consultation, each over all questions of a kind at once, so the time grows with the
 * number of answers only inside the database. Only shown texts leave it as rows.
 */
@Component
class ResultCounts {

	/**
	 * The text a moderator let residents see: their redacted version, else the answer.
	 */
	private static final String SHOWN_TEXT = "coalesce(shown_text, text_value)";

	private final JdbcClient sql;

	ResultCounts(JdbcClient sql) {
		this.sql = sql;
	}

	/** All responses, and how many of them were collected by a moderator. */
	Respondents respondents(Long consultationId) {
		return sql.sql("""
				select count(*), coalesce(sum(case when collected then 1 else 0 end), 0)
				from consultation_response where consultation_id = :consultation""")
			.param("consultation", consultationId)
			.query((row, number) -> new Respondents(row.getInt(1), row.getInt(2)))
			.single();
	}

	/**
	 * How many responses answered each of these questions: counted per response, for the
	 * kinds where one response may have several rows (multiple choice, places) or where
	 * nothing else counts them (open texts).
	 */
	Map<Long, Integer> respondentsPerQuestion(Collection<Long> questionIds) {
		Map<Long, Integer> answered = new HashMap<>();
		if (questionIds.isEmpty()) {
			return answered;
		}
		sql.sql("""
				select question_id, count(distinct response_id) from consultation_answer
				where question_id in (:questions) group by question_id""")
			.param("questions", questionIds)
			.query(row -> {
				answered.put(row.getLong(1), row.getInt(2));
			});
		return answered;
	}

	/**
	 * In one pass over the answers of choice, ranking and scale questions: per option how
	 * often it was chosen, the sum of its places and how often it came first; per scale
	 * question how often each number was chosen.
	 */
	Figures figures(Collection<Long> questionIds) {
		Map<Long, OptionFigures> options = new HashMap<>();
		Map<Long, Map<Integer, Integer>> scales = new HashMap<>();
		if (questionIds.isEmpty()) {
			return new Figures(options, scales);
		}
		sql.sql("""
				select question_id, option_id, number_value, count(*), coalesce(sum(rank_position), 0),
					coalesce(sum(case when rank_position = 1 then 1 else 0 end), 0)
				from consultation_answer where question_id in (:questions)
				group by question_id, option_id, number_value""").param("questions", questionIds).query(row -> {
			long optionId = row.getLong(2);
			if (!row.wasNull()) {
				options.put(optionId, new OptionFigures(row.getInt(4), row.getLong(5), row.getInt(6)));
				return;
			}
			int number = row.getInt(3);
			if (!row.wasNull()) {
				scales.computeIfAbsent(row.getLong(1), question -> new HashMap<>()).put(number, row.getInt(4));
			}
		});
		return new Figures(options, scales);
	}

	/**
	 * Per open question, the texts a moderator showed, in the order of the random
	 * response ids: not in the order they came in.
	 */
	Map<Long, List<String>> shownTexts(Collection<Long> questionIds) {
		Map<Long, List<String>> texts = new HashMap<>();
		if (questionIds.isEmpty()) {
			return texts;
		}
		sql.sql("""
				select question_id, %s from consultation_answer
				where question_id in (:questions) and review = 'SHOWN' and text_value is not null
				order by question_id, response_id, id""".formatted(SHOWN_TEXT))
			.param("questions", questionIds)
			.query(row -> {
				texts.computeIfAbsent(row.getLong(1), question -> new ArrayList<>()).add(row.getString(2));
			});
		return texts;
	}

	/** Per place question, its pins counted per cell of the grid. */
	Map<Long, List<CellCount>> cells(Collection<Long> questionIds, ConsultationResults.Grid grid) {
		Map<Long, List<CellCount>> cells = new HashMap<>();
		if (questionIds.isEmpty()) {
			return cells;
		}
		sql.sql("""
				select question_id, cell_row, cell_column, count(*), count(distinct response_id)
				from (%s and latitude is not null) pins
				group by question_id, cell_row, cell_column""".formatted(cellSelect("response_id")))
			.params(cellParameters(questionIds, grid))
			.query(row -> {
				cells.computeIfAbsent(row.getLong(1), question -> new ArrayList<>())
					.add(new CellCount(row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)));
			});
		return cells;
	}

	/** Per place question, the remarks with pins a moderator showed, by cell. */
	Map<Long, Map<Cell, List<String>>> shownRemarks(Collection<Long> questionIds, ConsultationResults.Grid grid) {
		Map<Long, Map<Cell, List<String>>> remarks = new HashMap<>();
		if (questionIds.isEmpty()) {
			return remarks;
		}
		sql.sql("""
				%s and latitude is not null and review = 'SHOWN' and text_value is not null
				order by question_id, response_id, id""".formatted(cellSelect(SHOWN_TEXT + " remark, response_id, id")))
			.params(cellParameters(questionIds, grid))
			.query(row -> {
				remarks.computeIfAbsent(row.getLong(1), question -> new HashMap<>())
					.computeIfAbsent(new Cell(row.getInt(2), row.getInt(3)), cell -> new ArrayList<>())
					.add(row.getString(4));
			});
		return remarks;
	}

	/** Per place question, how many places were given in words only. */
	Map<Long, Integer> wordsOnly(Collection<Long> questionIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (questionIds.isEmpty()) {
			return counts;
		}
		sql.sql("""
				select question_id, count(*) from consultation_answer
				where question_id in (:questions) and latitude is null and place_words is not null
				group by question_id""").param("questions", questionIds).query(row -> {
			counts.put(row.getLong(1), row.getInt(2));
		});
		return counts;
	}

	/**
	 * Per place question, the places in words a moderator showed, with their remark. The
	 * words are text a resident typed, so they wait for the same review as the remark.
	 */
	Map<Long, List<ConsultationResults.WordsPlace>> shownWords(Collection<Long> questionIds) {
		Map<Long, List<ConsultationResults.WordsPlace>> words = new HashMap<>();
		if (questionIds.isEmpty()) {
			return words;
		}
		sql.sql("""
				select question_id, place_words, case when text_value is null then null else %s end
				from consultation_answer
				where question_id in (:questions) and latitude is null and place_words is not null
					and review = 'SHOWN'
				order by question_id, response_id, id""".formatted(SHOWN_TEXT))
			.param("questions", questionIds)
			.query(row -> {
				words.computeIfAbsent(row.getLong(1), question -> new ArrayList<>())
					.add(new ConsultationResults.WordsPlace(row.getString(2), row.getString(3)));
			});
		return words;
	}

	/**
	 * The pins of the questions with the cell each lies in. The database computes the
	 * cell, so counts and remarks use the one same arithmetic.
	 */
	private static String cellSelect(String columns) {
		return """
				select question_id,
					cast(floor((:north - latitude) / :cellLatitude) as integer) cell_row,
					cast(floor((longitude - :west) / :cellLongitude) as integer) cell_column, %s
				from consultation_answer where question_id in (:questions)""".formatted(columns);
	}

	private static Map<String, Object> cellParameters(Collection<Long> questionIds, ConsultationResults.Grid grid) {
		return Map.of("questions", questionIds, "north", grid.north(), "west", grid.west(), "cellLatitude",
				grid.cellLatitude(), "cellLongitude", grid.cellLongitude());
	}

	record Respondents(int all, int collected) {
	}

	record OptionFigures(int count, long positionSum, int first) {
	}

	record Figures(Map<Long, OptionFigures> options, Map<Long, Map<Integer, Integer>> scales) {
	}

	record Cell(int row, int column) {
	}

	record CellCount(int row, int column, int pins, int respondents) {
	}

}
