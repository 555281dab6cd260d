package nl.wijkstem.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Translator;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's results: counted in the database for the whole consultation at once,
 * published to everyone at the results moment, visible to staff at any time; and all
 * answers as a CSV file for staff.
 */
@Service
public class ConsultationResultsService {

	/**
	 * Every key {@link #writeAnswers} translates, for views that translate them first.
	 */
	public static final List<String> CSV_KEYS = List.of("consultation.csv.response", "consultation.csv.collected",
			"consultation.csv.account", "consultation.csv.name", "consultation.csv.hour", "consultation.csv.yes",
			"consultation.csv.no", "consultation.csv.hidden");

	private final ConsultationReader reader;

	private final ResultCounts counts;

	private final AnswersCsv csv;

	private final ProgrammeService programme;

	private final Clock clock;

	ConsultationResultsService(ConsultationReader reader, ResultCounts counts, AnswersCsv csv,
			ProgrammeService programme, Clock clock) {
		this.reader = reader;
		this.counts = counts;
		this.csv = csv;
		this.programme = programme;
		this.clock = clock;
	}

	/**
	 * The published results.
	 * @throws Rejection {@code consultation.error.unknown} (also for a draft),
	 * {@code consultation.error.resultsNotOut} before the results moment
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public ConsultationResults results(Long consultationId, Locale locale) {
		Consultation consultation = reader.published(consultationId);
		if (consultation.phase(clock.instant()) != ConsultationPhase.RESULTS) {
			throw new Rejection("consultation.error.resultsNotOut");
		}
		return count(consultation, locale);
	}

	/**
	 * The results as they stand, for staff: also while answering goes on and before the
	 * results moment.
	 * @throws Rejection {@code consultation.error.unknown}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public ConsultationResults staffResults(Long consultationId, Locale locale) {
		return count(reader.consultation(consultationId), locale);
	}

	/**
	 * Writes every answer as CSV, one row per response and one column per question; in an
	 * anonymous consultation without anything about accounts or times.
	 * @param words the column titles and words in the reader's language (keys
	 * {@link #CSV_KEYS})
	 * @throws Rejection {@code consultation.error.unknown}
	 */
	@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public void writeAnswers(Long consultationId, OutputStream out, Translator words) throws IOException {
		Consultation consultation = reader.consultation(consultationId);
		csv.write(consultation, reader.questions(consultationId, words.locale()), out, words);
	}

	private ConsultationResults count(Consultation consultation, Locale locale) {
		List<QuestionItem> questions = reader.questions(consultation.getId(), locale);
		ConsultationResults.Grid grid = AreaGrid.of(programme.boundaryGeoJson());
		List<Long> counted = ids(questions,
				question -> question.kind().hasOptions() || question.kind() == QuestionKind.SCALE);
		// one row per response: multiple choice and places may have several
		List<Long> perResponse = ids(questions,
				question -> question.kind() == QuestionKind.MULTIPLE_CHOICE || question.kind().hasOpenText());
		List<Long> texts = ids(questions,
				question -> question.kind() == QuestionKind.SHORT_TEXT || question.kind() == QuestionKind.LONG_TEXT);
		List<Long> places = ids(questions, question -> question.kind() == QuestionKind.PLACE);

		ResultCounts.Respondents respondents = counts.respondents(consultation.getId());
		ResultCounts.Figures figures = counts.figures(counted);
		Map<Long, Integer> answered = counts.respondentsPerQuestion(perResponse);
		Map<Long, ResultCounts.OptionFigures> options = figures.options();
		Map<Long, Map<Integer, Integer>> scaleCounts = figures.scales();
		Map<Long, List<String>> shownTexts = counts.shownTexts(texts);
		Map<Long, List<ResultCounts.CellCount>> cells = counts.cells(places, grid);
		Map<Long, Map<ResultCounts.Cell, List<String>>> remarks = counts.shownRemarks(places, grid);
		Map<Long, Integer> wordsOnly = counts.wordsOnly(places);
		Map<Long, List<ConsultationResults.WordsPlace>> shownWords = counts.shownWords(places);

		List<ConsultationResults.QuestionResult> results = new ArrayList<>();
		for (QuestionItem question : questions) {
			int base = answered.containsKey(question.id()) ? answered.get(question.id())
					: answeredFromFigures(question, options, scaleCounts);
			List<ConsultationResults.OptionCount> optionCounts = question.kind().hasOptions()
					? optionCounts(question, base, options) : List.of();
			ConsultationResults.ScaleFigures scale = question.kind() == QuestionKind.SCALE
					? scale(question, scaleCounts.getOrDefault(question.id(), Map.of())) : null;
			ConsultationResults.TextFigures text = texts.contains(question.id())
					? new ConsultationResults.TextFigures(base, shownTexts.getOrDefault(question.id(), List.of()))
					: null;
			ConsultationResults.PlaceFigures place = question.kind() == QuestionKind.PLACE ? place(grid,
					cells.getOrDefault(question.id(), List.of()), remarks.getOrDefault(question.id(), Map.of()),
					wordsOnly.getOrDefault(question.id(), 0), shownWords.getOrDefault(question.id(), List.of())) : null;
			results.add(new ConsultationResults.QuestionResult(question.id(), question.position(), question.kind(),
					question.text(), question.language(), base, optionCounts, scale, text, place));
		}
		return new ConsultationResults(consultation.getId(), consultation.title().in(locale),
				consultation.title().languageIn(locale), consultation.phase(clock.instant()),
				consultation.isAnonymous(), respondents.all(), respondents.collected(), results, grid);
	}

	/**
	 * How many answered a question with one answer row per response (single choice,
	 * proposal, scale), or one first place per response (ranking: only complete rankings
	 * are accepted), from its figures.
	 */
	private static int answeredFromFigures(QuestionItem question, Map<Long, ResultCounts.OptionFigures> options,
			Map<Long, Map<Integer, Integer>> scales) {
		if (question.kind() == QuestionKind.SCALE) {
			return scales.getOrDefault(question.id(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
		}
		boolean ranking = question.kind() == QuestionKind.RANKING;
		return question.options()
			.stream()
			.map(option -> options.get(option.id()))
			.filter(Objects::nonNull)
			.mapToInt(figure -> ranking ? figure.first() : figure.count())
			.sum();
	}

	private static List<Long> ids(List<QuestionItem> questions, Predicate<QuestionItem> which) {
		return questions.stream().filter(which).map(QuestionItem::id).toList();
	}

	private static List<ConsultationResults.OptionCount> optionCounts(QuestionItem question, int answered,
			Map<Long, ResultCounts.OptionFigures> figures) {
		boolean ranking = question.kind() == QuestionKind.RANKING;
		List<ConsultationResults.OptionCount> counted = new ArrayList<>();
		for (QuestionItem.OptionItem option : question.options()) {
			ResultCounts.OptionFigures figure = figures.getOrDefault(option.id(),
					new ResultCounts.OptionFigures(0, 0, 0));
			int count = ranking ? figure.first() : figure.count();
			Double average = ranking && figure.count() > 0 ? (double) figure.positionSum() / figure.count() : null;
			counted.add(new ConsultationResults.OptionCount(option.id(), option.label(), option.language(), count,
					percent(count, answered), average));
		}
		if (ranking) {
			// Borda-like: the lower the average place, the higher; more first places
			// break
			// a tie; an option nobody ranked goes last. The sort is stable, so the
			// question's order breaks what remains.
			counted.sort(Comparator
				.comparing((ConsultationResults.OptionCount option) -> option.averagePosition() == null ? 1 : 0)
				.thenComparing(option -> option.averagePosition() == null ? 0 : option.averagePosition())
				.thenComparing(Comparator.comparingInt(ConsultationResults.OptionCount::count).reversed()));
		}
		return counted;
	}

	private static ConsultationResults.ScaleFigures scale(QuestionItem question, Map<Integer, Integer> chosen) {
		int max = question.scaleMax() == null ? 5 : question.scaleMax();
		List<Integer> perNumber = new ArrayList<>();
		long sum = 0;
		long answers = 0;
		for (int number = 1; number <= max; number++) {
			int count = chosen.getOrDefault(number, 0);
			perNumber.add(count);
			sum += (long) number * count;
			answers += count;
		}
		return new ConsultationResults.ScaleFigures(max, question.lowLabel(), question.highLabel(), perNumber,
				answers == 0 ? 0 : (double) sum / answers);
	}

	private static ConsultationResults.PlaceFigures place(ConsultationResults.Grid grid,
			List<ResultCounts.CellCount> counted, Map<ResultCounts.Cell, List<String>> remarks, int wordsOnly,
			List<ConsultationResults.WordsPlace> shownWords) {
		int pins = 0;
		int hidden = 0;
		List<ConsultationResults.Cell> shown = new ArrayList<>();
		for (ResultCounts.CellCount cell : counted) {
			pins += cell.pins();
			if (cell.respondents() < ConsultationResults.MIN_RESPONDENTS_PER_CELL) {
				hidden += cell.pins();
				continue;
			}
			double south = AreaGrid.south(grid, cell.row());
			double west = AreaGrid.west(grid, cell.column());
			shown.add(new ConsultationResults.Cell(cell.row(), cell.column(), AreaGrid.name(cell.row(), cell.column()),
					AreaGrid.direction(grid, cell.row(), cell.column()), south, west, south + grid.cellLatitude(),
					west + grid.cellLongitude(), cell.pins(), cell.respondents(),
					remarks.getOrDefault(new ResultCounts.Cell(cell.row(), cell.column()), List.of())));
		}
		shown.sort(Comparator.comparingInt(ConsultationResults.Cell::row)
			.thenComparingInt(ConsultationResults.Cell::column));
		return new ConsultationResults.PlaceFigures(pins, hidden, shown, wordsOnly, shownWords);
	}

	private static double percent(int count, int of) {
		return of == 0 ? 0 : 100.0 * count / of;
	}

}
