package nl.wijkstem.idea;

import nl.wijkstem.idea.filing.FilingTextAnalysis;
import nl.wijkstem.idea.filing.FilingClassifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

import nl.wijkstem.base.Languages;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filing suggestion's performance target (one suggestion ≤ 20 ms) with 100,000 filed
 * ideas, and what training on them costs. Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=FilingSuggestionBenchmarkTest}. Prints a table
 * and writes it to {@code target/benchmark-filing.md}.
 */
@Tag("benchmark")
@ApplicationTest
// its own database: the ideas benchmark seeds another 100,000 ideas into its own
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:benchmark-filing;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class FilingSuggestionBenchmarkTest {

	private static final int IDEAS = 100_000;

	private static final int TRAININGS = 3;

	private static final int WARM_UP = 100;

	private static final int RUNS = 300;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Autowired
	FilingLearning learning;

	@Autowired
	FilingSuggestionService suggestions;

	@Autowired
	ProgrammeService programme;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Test
	void measure() throws IOException {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		List<Long> goalIds = overview.goals().stream().map(ProgrammeOverview.Category::id).toList();
		List<Long> themeIds = overview.themes().stream().map(ProgrammeOverview.Category::id).toList();
		long seedStart = System.nanoTime();
		IdeaBulkSeeder seeder = new IdeaBulkSeeder(jdbc);
		List<Long> ideaIds = seeder.seed("Filing", IDEAS, 0, 0, 1_000).ideaIds();
		int filed = seeder.file("Filing", goalIds, themeIds);
		long seeded = System.nanoTime();

		String loadBefore = loadAverage();
		List<String> trainings = new ArrayList<>();
		for (int i = 0; i < TRAININGS; i++) {
			long start = System.nanoTime();
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			learning.retrain();
			trainings.add(String.format("%.1f s (CPU %.1f s)", (System.nanoTime() - start) / 1e9,
					(THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
		}
		assertThat(learning.learnedIdeas()).isGreaterThanOrEqualTo(filed);

		long modelBytes = modelSize(goalIds, themeIds);

		demo.signIn("moderator");
		Random random = new Random(7);
		List<Long> demoIds = jdbc.queryForList("select id from idea where title not like 'Filing %'", Long.class);
		IdeaText demoText = jdbc.queryForObject("select id, title, description from idea where id = ?",
				(row, n) -> new IdeaText(row.getLong(1), row.getString(2), row.getString(3)), demoIds.getFirst());
		double[] classifierOnly = time(run -> learning.suggest(demoText));
		double[] benchSuggestion = time(run -> suggestions.suggest(ideaIds.get(random.nextInt(ideaIds.size()))));
		double[] demoSuggestion = time(run -> suggestions.suggest(demoIds.get(run % demoIds.size())));
		double[] refiling = time(run -> {
			Long id = ideaIds.get(random.nextInt(ideaIds.size()));
			learning
				.on(new IdeaFiled(id, goalIds.get(run % goalIds.size()), Set.of(themeIds.get(run % themeIds.size()))));
		});

		StringBuilder report = new StringBuilder();
		report.append(String.format("Data: %,d filed seeded ideas (plus the demo ideas), %d goals, %d themes%n", filed,
				goalIds.size(), themeIds.size()));
		report.append(String.format("Seeding and filing %.1f s; training on all filed ideas, %d runs: %s%n",
				(seeded - seedStart) / 1e9, TRAININGS, String.join(", ", trainings)));
		report.append(String.format("Heap held by a model of all filed ideas: about %.0f MB%n", modelBytes / 1e6));
		report.append(String.format("Load average before: %s, after: %s; %d runs after %d warm-up runs%n%n", loadBefore,
				loadAverage(), RUNS, WARM_UP));
		report.append(
				"| measurement | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |\n|---|---|---|---|---|---|\n");
		row(report, "classifier alone (analyse and score one demo idea's text)", classifierOnly);
		row(report, "suggestion for one seeded idea (service: read text, analyse, score)", benchSuggestion);
		row(report, "suggestion for one demo idea (longer texts)", demoSuggestion);
		row(report, "learning one re-filing (IdeaFiled listener)", refiling);
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-filing.md"), report);
	}

	/**
	 * Heap a second model of the same filings holds, measured around building it (the
	 * database does not change meanwhile).
	 */
	private long modelSize(List<Long> goalIds, List<Long> themeIds) {
		List<FilingClassifier.Filing> filings = new ArrayList<>();
		try (FilingTextAnalysis analysis = new FilingTextAnalysis()) {
			jdbc.query("select id, title, description, goal_id from idea where goal_id is not null", row -> {
				filings
					.add(new FilingClassifier.Filing(row.getLong(1), analysis.idea(row.getString(2), row.getString(3)),
							row.getLong(4), Set.of(themeIds.getFirst())));
			});
		}
		FilingClassifier.Seeds seeds = new FilingClassifier.Seeds(goalIds, themeIds, Map.of(), Map.of());
		long before = usedHeap();
		FilingClassifier model = new FilingClassifier();
		model.retrain(seeds, filings.stream());
		long after = usedHeap();
		assertThat(model.learnedIdeas()).isEqualTo(filings.size());
		return after - before;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void row(StringBuilder report, String name, double[] millis) {
		report.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, millis[0], millis[1],
				millis[2], millis[3], millis[4]));
	}

	private static double[] time(IntConsumer work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.accept(i);
		}
		List<Double> millis = new ArrayList<>();
		List<Double> cpuMillis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.accept(i);
			millis.add((System.nanoTime() - start) / 1e6);
			cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
		}
		Collections.sort(millis);
		Collections.sort(cpuMillis);
		int p95 = (int) Math.ceil(RUNS * 0.95) - 1;
		return new double[] { millis.get(RUNS / 2), millis.get(p95), millis.getLast(), cpuMillis.get(RUNS / 2),
				cpuMillis.get(p95) };
	}

	/** How busy the machine was: the benchmark shares two cores with other work. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException unknown) {
			return "unknown";
		}
	}

}
