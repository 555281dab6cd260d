package nl.wijkstem.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.base.Translator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All answers of a consultation as CSV for the programme bureau: one row per response in
 * the order of the random response ids (not the order they came in), one column per
 * question. Written while it is read, by the {@link CsvWriter} every export uses (no cell
 * a spreadsheet would run as a formula).
 * <ul>
 * <li>Anonymous consultations: no account, name or time at all, only whether a moderator
 * collected the answer.</li>
 * <li>Named consultations: the account's number and display name (the bureau may see who
 * answered, and residents were told so), and the hour of the answer.</li>
 * <li>Open texts and remarks as the moderator left them: their redacted version where
 * they made one, and a hidden answer as a mark only, so the file never brings back what a
 * moderator took out. Answers not read yet are written as given: the file is for staff,
 * who read them in the queue anyway.</li>
 * </ul>
 */
@Component
class AnswersCsv {

	private static final String HIDDEN = "HIDDEN";

	private static final int NAME_BATCH = 1_000;

	private final JdbcClient sql;

	private final AccountService accounts;

	AnswersCsv(JdbcClient sql, AccountService accounts) {
		this.sql = sql;
		this.accounts = accounts;
	}

	void write(Consultation consultation, List<QuestionItem> questions, OutputStream out, Translator words)
			throws IOException {
		boolean named = !consultation.isAnonymous();
		List<QuestionItem> asked = questions.stream().filter(question -> question.kind().isAnswerable()).toList();
		Map<Long, Integer> column = new HashMap<>();
		Map<Long, String> optionLabels = new HashMap<>();
		List<String> header = new ArrayList<>(
				List.of(words.text("consultation.csv.response"), words.text("consultation.csv.collected")));
		if (named) {
			header.addAll(List.of(words.text("consultation.csv.account"), words.text("consultation.csv.name"),
					words.text("consultation.csv.hour")));
		}
		for (int i = 0; i < asked.size(); i++) {
			QuestionItem question = asked.get(i);
			column.put(question.id(), i);
			question.options().forEach(option -> optionLabels.put(option.id(), option.label()));
			header.add((i + 1) + ". " + question.text());
		}
		Map<Long, QuestionKind> kinds = asked.stream().collect(Collectors.toMap(QuestionItem::id, QuestionItem::kind));
		Map<Long, String> names = named ? names(consultation.getId()) : Map.of();

		CsvWriter writer = new CsvWriter(out);
		writer.row(header);
		Row[] current = { null };
		int[] number = { 0 };
		Function<Row, List<String>> cells = row -> {
			number[0]++;
			List<String> line = new ArrayList<>(List.of(String.valueOf(number[0]),
					words.text(row.collected ? "consultation.csv.yes" : "consultation.csv.no")));
			if (named) {
				line.addAll(List.of(row.accountId == null ? "" : String.valueOf(row.accountId),
						row.accountId == null ? "" : names.getOrDefault(row.accountId, ""),
						CsvWriter.time(row.answeredHour)));
			}
			for (QuestionItem question : asked) {
				line.add(row.cell(question.id(), kinds.get(question.id())));
			}
			return line;
		};
		try {
			sql.sql("""
					select r.id, r.collected, r.account_id, r.answered_hour, a.question_id, a.option_id,
						a.rank_position, a.number_value, a.text_value, a.shown_text, a.review, a.latitude,
						a.longitude, a.place_words
					from consultation_response r left join consultation_answer a on a.response_id = r.id
					where r.consultation_id = :consultation
					order by r.id, a.question_id, a.rank_position, a.id""")
				.param("consultation", consultation.getId())
				.query(result -> {
					String responseId = result.getString(1);
					if (current[0] == null || !current[0].id.equals(responseId)) {
						if (current[0] != null) {
							row(writer, cells.apply(current[0]));
						}
						current[0] = new Row(responseId, result.getBoolean(2), (Long) result.getObject(3, Long.class),
								result.getTimestamp(4) == null ? null : result.getTimestamp(4).toInstant());
					}
					long questionId = result.getLong(5);
					if (!result.wasNull() && column.containsKey(questionId)) {
						current[0].add(questionId, part(result, kinds.get(questionId), optionLabels, words));
					}
				});
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
		if (current[0] != null) {
			row(writer, cells.apply(current[0]));
		}
		writer.flush();
	}

	/** One answer row's share of its question's cell. */
	private static String part(ResultSet result, QuestionKind kind, Map<Long, String> optionLabels, Translator words)
			throws SQLException {
		long optionId = result.getLong(6);
		String option = result.wasNull() ? "" : optionLabels.getOrDefault(optionId, "");
		return switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, PROPOSAL -> option;
			case RANKING -> result.getInt(7) + ". " + option;
			case SCALE -> String.valueOf(result.getInt(8));
			case SHORT_TEXT, LONG_TEXT -> text(result, words);
			case PLACE -> place(result, words);
			case SECTION -> "";
		};
	}

	private static String text(ResultSet result, Translator words) throws SQLException {
		String text = result.getString(9);
		if (text == null) {
			return "";
		}
		if (HIDDEN.equals(result.getString(11))) {
			return words.text("consultation.csv.hidden");
		}
		String shown = result.getString(10);
		return shown != null ? shown : text;
	}

	/** "51.912300, 4.312300 | by the bakery | remark", leaving out what is not there. */
	private static String place(ResultSet result, Translator words) throws SQLException {
		List<String> parts = new ArrayList<>();
		double latitude = result.getDouble(12);
		if (!result.wasNull()) {
			parts.add(String.format(Locale.ROOT, "%.6f, %.6f", latitude, result.getDouble(13)));
		}
		String placeWords = result.getString(14);
		boolean hidden = HIDDEN.equals(result.getString(11));
		if (placeWords != null) {
			parts.add(hidden ? words.text("consultation.csv.hidden") : placeWords);
		}
		String remark = text(result, words);
		if (!remark.isEmpty() && !(hidden && placeWords != null)) {
			parts.add(remark);
		}
		return String.join(" | ", parts);
	}

	/** The display names of the accounts that answered, asked for a batch at a time. */
	private Map<Long, String> names(Long consultationId) {
		List<Long> accountIds = sql.sql("""
				select account_id from consultation_response
				where consultation_id = :consultation and account_id is not null""")
			.param("consultation", consultationId)
			.query(Long.class)
			.list();
		Map<Long, String> names = new HashMap<>();
		for (int start = 0; start < accountIds.size(); start += NAME_BATCH) {
			names.putAll(
					accounts.displayNames(accountIds.subList(start, Math.min(accountIds.size(), start + NAME_BATCH))));
		}
		return names;
	}

	private static void row(CsvWriter writer, List<String> cells) {
		try {
			writer.row(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One response while its answer rows are read. */
	private static final class Row {

		private final String id;

		private final boolean collected;

		private final Long accountId;

		private final Instant answeredHour;

		private final Map<Long, List<String>> parts = new LinkedHashMap<>();

		Row(String id, boolean collected, Long accountId, Instant answeredHour) {
			this.id = id;
			this.collected = collected;
			this.accountId = accountId;
			this.answeredHour = answeredHour;
		}

		void add(Long questionId, String part) {
			parts.computeIfAbsent(questionId, question -> new ArrayList<>()).add(part);
		}

		String cell(Long questionId, QuestionKind kind) {
			List<String> answers = parts.getOrDefault(questionId, List.of());
			return String.join(kind == QuestionKind.PLACE ? "\n" : "; ", answers);
		}

	}

}
