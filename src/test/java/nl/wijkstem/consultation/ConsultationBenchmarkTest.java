package nl.wijkstem.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.consultation.ui.ConsultationResultsSection;
import nl.wijkstem.programme.MapSettings;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.SignedInCrowd;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.Timing;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance targets of the consultation issue, on H2: the results of a consultation
 * with 10,000 responses to 20 questions (2,000 map pins) counted and rendered; one answer
 * stored through {@link AnswerService#submit} (p95), and answers per second through it
 * beside bare SQL inserts of the same rows. Prints a table and writes it to
 * {@code target/benchmark-consultation.md}. Not part of the test suite:
 * {@code ./mvnw -Pbenchmark test -Dtest=ConsultationBenchmarkTest}.
 */
@Tag("benchmark")
// H2 would otherwise answer a repeated identical query from its result cache;
// production runs without Hibernate's statistics, which the test profile switches on
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:consultation-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
		"spring.jpa.properties.hibernate.generate_statistics=false" })
class ConsultationBenchmarkTest extends ViewTest {

	static final int RESPONSES = 10_000;

	static final int PINS = 2_000;

	/** Accounts that submit; each answers each anonymous consultation once. */
	static final int RESIDENTS = 250;

	static final int THREADS = 8;

	@Autowired
	ConsultationResultsService results;

	@Autowired
	AnswerService answering;

	@Autowired
	ResultCounts counts;

	@Autowired
	ProgrammeService programme;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestClock clock;

	private final Random random = new Random(15);

	private final Map<String, String> table = new LinkedHashMap<>();

	@Test
	void results_andStoringAnswers() throws Exception {
		ConsultationRows fixtures = new ConsultationRows(JdbcClient.create(jdbc));
		List<double[]> hotspots = hotspots();

		Long counted = fixtures.withResults("Benchmark uitkomsten", true, clock.instant());
		Questionnaire questionnaire = Questionnaire.create(fixtures, counted);
		long seedStart = System.nanoTime();
		seed(questionnaire, hotspots);
		table.put("seeding 10,000 responses (JDBC batches, untimed for the target)", String.format(
				"%.1f s, %,d answer rows, %,d pins", (System.nanoTime() - seedStart) / 1e9,
				jdbc.queryForObject("select count(*) from consultation_answer a join consultation_question q "
						+ "on q.id = a.question_id where q.consultation_id = ?", Long.class, counted),
				jdbc.queryForObject(
						"select count(*) from consultation_answer a join consultation_question q "
								+ "on q.id = a.question_id where q.consultation_id = ? and a.latitude is not null",
						Long.class, counted)));
		measureResults(counted);
		measureQueries(questionnaire);
		if (!"results".equals(System.getProperty("benchmark.part"))) {
			measureStoring(fixtures, hotspots);
		}
		report();
	}

	private void measureResults(Long consultationId) {
		MapSettings map = programme.mapSettings();
		ConsultationResults counted = results.results(consultationId, Languages.DUTCH);
		assertThat(counted.respondents()).isEqualTo(RESPONSES);
		ConsultationResults.PlaceFigures places = counted.questions().get(19).places();
		UI ui = UI.getCurrent();
		ui.setLocale(Languages.DUTCH);
		UidlWriter uidl = new UidlWriter();
		int[] size = { 0 };
		double[][] service = timed(10, 20, () -> {
		}, () -> results.results(consultationId, Languages.DUTCH));
		Runnable empty = () -> {
			ui.removeAll();
			uidl.createUidl(ui, false);
		};
		double[][] render = timed(5, 20, empty, () -> {
			ui.add(new ConsultationResultsSection(counted, map));
			size[0] = uidl.createUidl(ui, false).toString().length();
		});
		double[][] both = timed(5, 20, empty, () -> {
			ui.add(new ConsultationResultsSection(results.results(consultationId, Languages.DUTCH), map));
			uidl.createUidl(ui, false);
		});
		ui.removeAll();
		table.put("results of 10,000 responses × 20 questions: ConsultationResultsService.results", millis(service));
		table.put("rendering them: the section built, attached and written as the response to the browser",
				millis(render) + String.format("; %,d kB of UIDL", size[0] / 1024));
		table.put("**results computed and rendered** (target ≤ 1 s)", millis(both));
		long shownTexts = counted.questions()
			.stream()
			.filter(question -> question.texts() != null)
			.mapToLong(question -> question.texts().shown().size())
			.sum();
		table.put("what was rendered",
				String.format(
						"%d questions, %,d shown texts, map question: %,d pins, %d of its cells shown, "
								+ "%,d pins in cells not shown",
						counted.questions().size(), shownTexts, places.pins(), places.cells().size(),
						places.hiddenPins()));
	}

	/** Where the counting's time goes: each query alone (p50 / max of 5). */
	private void measureQueries(Questionnaire questionnaire) {
		ConsultationResults.Grid grid = AreaGrid.of(programme.boundaryGeoJson());
		List<Long> all = questionnaire.questions();
		List<Long> counted = questionnaire.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE,
				QuestionKind.PROPOSAL, QuestionKind.SCALE, QuestionKind.RANKING);
		List<Long> perResponse = questionnaire.of(QuestionKind.MULTIPLE_CHOICE, QuestionKind.SHORT_TEXT,
				QuestionKind.LONG_TEXT, QuestionKind.PLACE);
		List<Long> texts = questionnaire.of(QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT);
		List<Long> places = questionnaire.of(QuestionKind.PLACE);
		Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
		queries.put("respondents", () -> counts.respondents(questionnaire.id()));
		queries.put("options and scales (one pass)", () -> counts.figures(counted));
		queries.put("respondents per question (multiple choice, texts, places)",
				() -> counts.respondentsPerQuestion(perResponse));
		queries.put("shown texts", () -> counts.shownTexts(texts));
		queries.put("map cells", () -> counts.cells(places, grid));
		queries.put("shown remarks by cell", () -> counts.shownRemarks(places, grid));
		queries.put("places in words", () -> counts.wordsOnly(places));
		queries.put("shown places in words", () -> counts.shownWords(places));
		queries.put("for comparison: count(*) of all 20 questions' answer rows",
				() -> jdbc.queryForObject("select count(*) from consultation_answer where question_id in ("
						+ String.join(",", all.stream().map(String::valueOf).toList()) + ")", Long.class));
		StringBuilder breakdown = new StringBuilder();
		queries.forEach((name, query) -> {
			double[] times = transaction.execute(status -> Timing.percentiles(1, 5, query));
			breakdown.append(breakdown.isEmpty() ? "" : "; ").append(name).append(String.format(" %.0f", times[0]));
		});
		table.put("of which each query alone (p50 of 5, ms)", breakdown.toString());
	}

	private void measureStoring(ConsultationRows fixtures, List<double[]> hotspots) throws Exception {
		String marker = "Raadpleger" + System.nanoTime();
		List<Authentication> residents = new ArrayList<>();
		List<Long> accountIds = new ArrayList<>();
		for (int i = 0; i < RESIDENTS; i++) {
			residents.add(ResidencyTestSupport.signIn(events, marker + "-" + i, "Bewoner " + i, Map.of()));
			accountIds.add(accounts.currentAccountId().orElseThrow());
		}
		SecurityContextHolder.clearContext();

		// warm-up, untimed: two consultations answered by everyone
		for (int round = 0; round < 2; round++) {
			Questionnaire warm = Questionnaire.create(fixtures,
					fixtures.open("Opwarmen " + round, true, clock.instant()));
			submitAll(residents, warm, hotspots, THREADS, null, null);
		}
		// one at a time: the time one resident waits for their answer to be stored
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		List<Double> cpu = Collections.synchronizedList(new ArrayList<>());
		double sequentialSeconds = 0;
		for (int round = 0; round < 4; round++) {
			Questionnaire one = Questionnaire.create(fixtures,
					fixtures.open("Een voor een " + round, true, clock.instant()));
			sequentialSeconds += submitAll(residents, one, hotspots, 1, latencies, cpu);
		}
		int sequential = latencies.size();
		double[] wall = percentiles(latencies);
		double[] cpuTimes = percentiles(cpu);
		table.put(
				"**storing one answer** (20 questions, AnswerService.submit, one at a time, " + sequential
						+ " answers; target p95 ≤ 20 ms)",
				String.format("wall p50 / p95 / max: %.2f / %.2f / %.2f ms; CPU p50 / p95: %.2f / %.2f ms", wall[0],
						wall[1], wall[2], cpuTimes[0], cpuTimes[1]));
		table.put("answers per second, one at a time", String.format("%.0f answers/s", sequential / sequentialSeconds));

		// many at once, through the service and as bare inserts of the same rows
		List<Questionnaire> through = new ArrayList<>();
		List<Questionnaire> bare = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			through.add(Questionnaire.create(fixtures, fixtures.open("Tegelijk " + round, true, clock.instant())));
			bare.add(Questionnaire.create(fixtures, fixtures.open("Kaal " + round, true, clock.instant())));
		}
		List<List<List<AnswerInput>>> plans = new ArrayList<>();
		for (int round = 0; round < through.size(); round++) {
			List<List<AnswerInput>> plan = new ArrayList<>();
			for (int i = 0; i < RESIDENTS; i++) {
				plan.add(through.get(round).answer(random, hotspots, programme));
			}
			plans.add(plan);
		}
		double serviceSeconds = 0;
		double bareSeconds = 0;
		for (int round = 0; round < through.size(); round++) {
			List<List<AnswerInput>> plan = plans.get(round);
			Questionnaire service = through.get(round);
			serviceSeconds += SignedInCrowd.secondsUntilAllDone(residents, THREADS, resident -> {
				answering.submit(service.id(), plan.get(resident));
				return null;
			});
			Questionnaire plain = bare.get(round);
			bareSeconds += SignedInCrowd.secondsUntilAllDone(residents, THREADS, resident -> {
				transaction.executeWithoutResult(status -> bareInsert(plain, accountIds.get(resident),
						plain.translate(service, plan.get(resident))));
				return null;
			});
		}
		int submissions = RESIDENTS * through.size();
		assertThat(jdbc.queryForObject("select count(*) from consultation_response where consultation_id = ?",
				Long.class, through.getFirst().id()))
			.isEqualTo(RESIDENTS);
		double serviceRate = submissions / serviceSeconds;
		double bareRate = submissions / bareSeconds;
		table.put(
				"**answers per second through AnswerService.submit** (" + THREADS + " threads, " + submissions
						+ " answers; target ≥ 500)",
				String.format("%.0f answers/s (%.2f s)", serviceRate, serviceSeconds));
		table.put("bare SQL inserts of the same rows (response + answer rows + marker, one transaction each, " + THREADS
				+ " threads)", String.format("%.0f answers/s (%.2f s)", bareRate, bareSeconds));
		table.put("ratio service / bare inserts", String.format("%.2f", serviceRate / bareRate));
	}

	/**
	 * Every resident answers the consultation once.
	 * @param latencies where each submit's time goes, or {@code null}
	 * @param cpu where each submit's CPU time goes, or {@code null}
	 * @return the seconds it took
	 */
	private double submitAll(List<Authentication> residents, Questionnaire questionnaire, List<double[]> hotspots,
			int threads, List<Double> latencies, List<Double> cpu) throws Exception {
		ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
		List<List<AnswerInput>> plan = new ArrayList<>();
		for (int i = 0; i < residents.size(); i++) {
			plan.add(questionnaire.answer(random, hotspots, programme));
		}
		return SignedInCrowd.secondsUntilAllDone(residents, threads, resident -> {
			long cpuStart = threadTimes.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			answering.submit(questionnaire.id(), plan.get(resident));
			if (latencies != null) {
				latencies.add((System.nanoTime() - start) / 1e6);
				cpu.add((threadTimes.getCurrentThreadCpuTime() - cpuStart) / 1e6);
			}
			return null;
		});
	}

	/** What {@code ResponseStore} writes for one answer, as plain SQL. */
	private void bareInsert(Questionnaire questionnaire, Long accountId, List<AnswerInput> answers) {
		UUID responseId = UUID.randomUUID();
		jdbc.update("insert into consultation_marker (consultation_id, account_id) values (?, ?)", questionnaire.id(),
				accountId);
		jdbc.update("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, null, ?, false)""", responseId, questionnaire.id(),
				Timestamp.from(Instant.now().truncatedTo(ChronoUnit.HOURS)));
		List<Object[]> rows = questionnaire.rows(responseId, answers);
		jdbc.batchUpdate("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
				number_value, text_value, latitude, longitude, place_words, review)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * 10,000 responses to the 20 questions in JDBC batches: every choice, proposal, scale
	 * and ranking question answered; open texts by some (half of them shown by a
	 * moderator); 2,000 pins around a few busy places, some places in words.
	 */
	private void seed(Questionnaire questionnaire, List<double[]> hotspots) {
		List<Object[]> responses = new ArrayList<>();
		List<Object[]> answers = new ArrayList<>();
		Timestamp hour = Timestamp.from(clock.instant().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
		int pinsLeft = PINS;
		for (int i = 0; i < RESPONSES; i++) {
			UUID response = UUID.randomUUID();
			responses.add(new Object[] { response, questionnaire.id(), hour, i % 50 == 0 });
			List<AnswerInput> given = new ArrayList<>(questionnaire.answer(random, hotspots, programme));
			// the map questions get exactly the pins the issue asks for, spread over the
			// responses
			given.removeIf(answer -> questionnaire.isPlace(answer.questionId()));
			int pinsHere = (int) Math.round((double) pinsLeft / (RESPONSES - i) + random.nextGaussian() * 0.1);
			pinsHere = Math.max(0, Math.min(pinsLeft, pinsHere));
			if (pinsHere > 0 || random.nextInt(20) == 0) {
				List<AnswerInput.PlaceAnswer> places = new ArrayList<>();
				for (int p = 0; p < pinsHere; p++) {
					double[] pin = Questionnaire.pin(random, hotspots, programme);
					places.add(new AnswerInput.PlaceAnswer(pin[0], pin[1], null,
							random.nextInt(3) == 0 ? "Slecht verlicht, opmerking " + i : null));
				}
				if (pinsHere == 0) {
					places.add(new AnswerInput.PlaceAnswer(null, null, "Bij de tunnel " + i, null));
				}
				given.add(new AnswerInput(questionnaire.placeQuestion(i % 4 == 0 ? 1 : 0), null, null, null, places));
				pinsLeft -= pinsHere;
			}
			for (Object[] row : questionnaire.rows(response, given)) {
				// what a moderator did: half of the texts shown, some of them redacted
				Object[] reviewed = java.util.Arrays.copyOf(row, row.length + 1);
				if ("PENDING".equals(row[9])) {
					int choice = random.nextInt(10);
					reviewed[9] = choice < 5 ? "SHOWN" : choice < 8 ? "PENDING" : "HIDDEN";
					reviewed[10] = choice == 0 ? "[verwijderd]" : null;
				}
				answers.add(reviewed);
			}
			if (responses.size() == 1_000) {
				flush(responses, answers);
			}
		}
		flush(responses, answers);
		assertThat(pinsLeft).isZero();
	}

	private void flush(List<Object[]> responses, List<Object[]> answers) {
		jdbc.batchUpdate("""
				insert into consultation_response (id, consultation_id, account_id, answered_hour, collected)
				values (?, ?, null, ?, ?)""", responses);
		jdbc.batchUpdate("""
				insert into consultation_answer (version, response_id, question_id, option_id, rank_position,
				number_value, text_value, latitude, longitude, place_words, review, shown_text)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", answers);
		responses.clear();
		answers.clear();
	}

	/** Busy places inside the area, where most pins fall. */
	private List<double[]> hotspots() {
		List<double[]> hotspots = new ArrayList<>();
		while (hotspots.size() < 8) {
			double latitude = 51.906 + random.nextDouble() * 0.014;
			double longitude = 4.302 + random.nextDouble() * 0.023;
			if (programme.containsLocation(latitude, longitude)) {
				hotspots.add(new double[] { latitude, longitude });
			}
		}
		return hotspots;
	}

	/**
	 * Wall-clock and the thread's CPU time of each run: the machine is shared, and the
	 * CPU time shows what the work costs when it need not wait for a core.
	 * @return {p50, p95, max} of the wall-clock and of the CPU milliseconds
	 */
	private static double[][] timed(int warmUp, int runs, Runnable setup, Runnable work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < warmUp; i++) {
			setup.run();
			work.run();
		}
		List<Double> wall = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			setup.run();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.run();
			wall.add((System.nanoTime() - start) / 1e6);
			cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
		}
		return new double[][] { percentiles(wall), percentiles(cpu) };
	}

	private static double[] percentiles(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return new double[] { sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
				sorted.getLast() };
	}

	private static String millis(double[][] times) {
		return String.format("wall p50 / p95 / max: %.0f / %.0f / %.0f ms; CPU p50 / p95: %.0f / %.0f ms", times[0][0],
				times[0][1], times[0][2], times[1][0], times[1][1]);
	}

	private void report() {
		StringBuilder markdown = new StringBuilder("| measurement (h2) | result |\n|---|---|\n");
		table.forEach((name, value) -> markdown.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		System.out.println(markdown);
		try {
			Files.writeString(Path.of("target", "benchmark-consultation.md"), markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The benchmark's questionnaire: 20 questions of every kind, answered at random as
	 * residents would.
	 */
	record Questionnaire(Long id, List<Long> questions, List<QuestionKind> kinds, Map<Long, List<Long>> options) {

		static final List<QuestionKind> KINDS = List.of(QuestionKind.SINGLE_CHOICE, QuestionKind.SINGLE_CHOICE,
				QuestionKind.SINGLE_CHOICE, QuestionKind.SINGLE_CHOICE, QuestionKind.SINGLE_CHOICE,
				QuestionKind.MULTIPLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.MULTIPLE_CHOICE,
				QuestionKind.PROPOSAL, QuestionKind.PROPOSAL, QuestionKind.SCALE, QuestionKind.SCALE,
				QuestionKind.SCALE, QuestionKind.RANKING, QuestionKind.RANKING, QuestionKind.SHORT_TEXT,
				QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT, QuestionKind.PLACE, QuestionKind.PLACE);

		static Questionnaire create(ConsultationRows fixtures, Long consultationId) {
			List<Long> questions = new ArrayList<>();
			Map<Long, List<Long>> options = new LinkedHashMap<>();
			for (int i = 0; i < KINDS.size(); i++) {
				QuestionKind kind = KINDS.get(i);
				Long question = fixtures.question(consultationId, i + 1, kind, "Vraag " + (i + 1) + " (" + kind + ")",
						kind == QuestionKind.SCALE ? (i == 11 ? 10 : 5) : null, kind == QuestionKind.PLACE ? 3 : null);
				questions.add(question);
				int count = switch (kind) {
					case SINGLE_CHOICE -> 5;
					case MULTIPLE_CHOICE -> 8;
					case PROPOSAL -> 3;
					case RANKING -> 6;
					default -> 0;
				};
				List<Long> its = new ArrayList<>();
				for (int o = 0; o < count; o++) {
					its.add(fixtures.option(question, o + 1, "Keuze " + (o + 1) + " bij vraag " + (i + 1)));
				}
				options.put(question, its);
			}
			return new Questionnaire(consultationId, questions, KINDS, options);
		}

		List<Long> of(QuestionKind... wanted) {
			List<QuestionKind> which = List.of(wanted);
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < questions.size(); i++) {
				if (which.contains(kinds.get(i))) {
					ids.add(questions.get(i));
				}
			}
			return ids;
		}

		boolean isPlace(Long questionId) {
			return kinds.get(questions.indexOf(questionId)) == QuestionKind.PLACE;
		}

		Long placeQuestion(int which) {
			return questions.get(18 + which);
		}

		/** A resident's answer: skewed choices, some texts, now and then a pin. */
		List<AnswerInput> answer(Random random, List<double[]> hotspots, ProgrammeService programme) {
			List<AnswerInput> answers = new ArrayList<>();
			for (int i = 0; i < questions.size(); i++) {
				Long question = questions.get(i);
				List<Long> choices = options.get(question);
				switch (kinds.get(i)) {
					case SINGLE_CHOICE, PROPOSAL -> answers.add(new AnswerInput(question,
							List.of(choices.get(skewed(random, choices.size()))), null, null, null));
					case MULTIPLE_CHOICE -> {
						List<Long> chosen = new ArrayList<>(choices);
						Collections.shuffle(chosen, random);
						answers
							.add(new AnswerInput(question, chosen.subList(0, 1 + random.nextInt(3)), null, null, null));
					}
					case SCALE ->
						answers.add(new AnswerInput(question, null, 1 + skewed(random, i == 11 ? 10 : 5), null, null));
					case RANKING -> {
						List<Long> order = new ArrayList<>(choices);
						Collections.shuffle(order, random);
						answers.add(new AnswerInput(question, order, null, null, null));
					}
					case SHORT_TEXT -> {
						if (random.nextInt(10) < 4) {
							answers.add(new AnswerInput(question, null, null,
									"Meer bankjes en groen in de straat, antwoord " + random.nextInt(1_000_000), null));
						}
					}
					case LONG_TEXT -> {
						if (random.nextInt(10) < 3) {
							answers.add(new AnswerInput(question, null, null,
									("Wat ik in de wijk mis is een plek "
											+ "waar jongeren 's avonds samen kunnen komen zonder overlast. ")
										.repeat(3) + random.nextInt(1_000_000),
									null));
						}
					}
					case PLACE -> {
						if (random.nextInt(10) < 2) {
							double[] pin = pin(random, hotspots, programme);
							answers.add(new AnswerInput(question, null, null, null,
									List.of(new AnswerInput.PlaceAnswer(pin[0], pin[1], null,
											random.nextBoolean() ? null : "Hier is het 's avonds donker"))));
						}
					}
					case SECTION -> {
					}
				}
			}
			return answers;
		}

		/** The same answer for another consultation with the same questions. */
		List<AnswerInput> translate(Questionnaire from, List<AnswerInput> answers) {
			Map<Long, Long> optionMap = new java.util.HashMap<>();
			for (int i = 0; i < questions.size(); i++) {
				List<Long> mine = options.get(questions.get(i));
				List<Long> theirs = from.options().get(from.questions().get(i));
				for (int o = 0; o < mine.size(); o++) {
					optionMap.put(theirs.get(o), mine.get(o));
				}
			}
			return answers.stream()
				.map(answer -> new AnswerInput(questions.get(from.questions().indexOf(answer.questionId())),
						answer.optionIds().stream().map(optionMap::get).toList(), answer.number(), answer.text(),
						answer.places()))
				.toList();
		}

		/**
		 * The answer rows {@code ResponseStore} writes: response, question, option, rank,
		 * number, text, latitude, longitude, words, review.
		 */
		List<Object[]> rows(UUID response, List<AnswerInput> answers) {
			List<Object[]> rows = new ArrayList<>();
			for (AnswerInput answer : answers) {
				Long question = answer.questionId();
				switch (kinds.get(questions.indexOf(question))) {
					case SINGLE_CHOICE, PROPOSAL, MULTIPLE_CHOICE -> answer.optionIds()
						.forEach(option -> rows.add(
								new Object[] { response, question, option, null, null, null, null, null, null, null }));
					case RANKING -> {
						for (int place = 0; place < answer.optionIds().size(); place++) {
							rows.add(new Object[] { response, question, answer.optionIds().get(place), place + 1, null,
									null, null, null, null, null });
						}
					}
					case SCALE -> rows.add(new Object[] { response, question, null, null, answer.number(), null, null,
							null, null, null });
					case SHORT_TEXT, LONG_TEXT -> rows.add(new Object[] { response, question, null, null, null,
							answer.text(), null, null, null, "PENDING" });
					case PLACE -> answer.places()
						.forEach(place -> rows.add(new Object[] { response, question, null, null, null, place.remark(),
								place.latitude(), place.longitude(), place.words(),
								place.remark() != null || place.words() != null ? "PENDING" : null }));
					case SECTION -> {
					}
				}
			}
			return rows;
		}

		/** Earlier options are chosen more often, as in real answers. */
		private static int skewed(Random random, int count) {
			return (int) (Math.pow(random.nextDouble(), 1.6) * count);
		}

		/** A pin near a busy place, inside the area. */
		static double[] pin(Random random, List<double[]> hotspots, ProgrammeService programme) {
			while (true) {
				double[] centre = hotspots.get(random.nextInt(hotspots.size()));
				// about 150 m around it
				double latitude = centre[0] + random.nextGaussian() * 0.00135;
				double longitude = centre[1] + random.nextGaussian() * 0.0022;
				if (programme.containsLocation(latitude, longitude)) {
					return new double[] { latitude, longitude };
				}
			}
		}

	}

}
