package nl.wijkstem.idea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.ui.IdeaListView;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.StatementCountViewTest;
import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The performance targets of the ideas issue, on H2: 100,000 published ideas, 1,000,000
 * supports and 200,000 comments. Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test}. Prints a table and writes it to
 * {@code target/benchmark-ideas.md}.
 */
@Tag("benchmark")
// H2 would otherwise answer a repeated identical query from its result cache
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class IdeaListBenchmarkTest extends StatementCountViewTest {

	private static final int IDEAS = 100_000;

	private static final int SUPPORTS_PER_IDEA = 10;

	private static final int COMMENTS_PER_IDEA = 2;

	private static final int RESIDENTS = 20_000;

	private static final int WARM_UP = 100;

	private static final int RUNS = 300;

	private static final Locale NL = Languages.DUTCH;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaIndexing indexing;

	@Test
	void measure() throws IOException {
		long seedStart = System.nanoTime();
		new IdeaBulkSeeder(jdbc).seed("Bench", IDEAS, SUPPORTS_PER_IDEA, COMMENTS_PER_IDEA, RESIDENTS);
		long seeded = System.nanoTime();
		indexing.rebuild();
		long indexed = System.nanoTime();

		IdeaQuery newest = IdeaQuery.all();
		IdeaQuery search = new IdeaQuery("speeltuin bankjes", null, null, null, null, IdeaSort.RELEVANCE);
		String firstPageSql = "select id from idea where status = 'PUBLISHED' order by published_at desc, id desc "
				+ "fetch first 20 rows only";
		Map<String, double[]> results = new LinkedHashMap<>();
		results.put("list page, default sort: service", time(() -> publicIdeas.search(newest, 0, 20, NL)));
		results.put("list page, most supported: service", time(() -> publicIdeas
			.search(new IdeaQuery("", null, null, null, null, IdeaSort.MOST_SUPPORTED), 0, 20, NL)));
		results.put("list page, default sort: raw SQL (ids + count)", time(() -> {
			jdbc.queryForList(firstPageSql, Long.class);
			return jdbc.queryForObject("select count(*) from idea where status = 'PUBLISHED'", Long.class);
		}));
		results.put("list page, default sort: whole view built",
				time(() -> navigate(HomeView.class), () -> navigate(IdeaListView.class)));
		results.put("list page, full-text search: service", time(() -> publicIdeas.search(search, 0, 20, NL)));
		results.put("similar ideas while typing",
				time(() -> publicIdeas.similar("nieuwe speeltuin bij de krabbeplas", null, null)));
		results.put("similar ideas with a pin",
				time(() -> publicIdeas.similar("bankjes bij het water", 51.912, 4.305)));

		long listStatements = statements(() -> navigate(IdeaListView.class));

		StringBuilder report = new StringBuilder();
		report.append(String.format("Data: %,d ideas, %,d supports, %,d comments, %,d residents%n", IDEAS,
				IDEAS * SUPPORTS_PER_IDEA, IDEAS * COMMENTS_PER_IDEA, RESIDENTS));
		report.append(String.format("Seeding %.1f s, search index %.1f s; %d runs after %d warm-up runs%n%n",
				(seeded - seedStart) / 1e9, (indexed - seeded) / 1e9, RUNS, WARM_UP));
		report.append(Timing.table(results));
		report.append(String.format("%nSQL statements to render the list page: %d%n", listStatements));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-ideas.md"), report);
	}

	private static double[] time(Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, work);
	}

	private static double[] time(Runnable setup, Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, setup, work);
	}

}
