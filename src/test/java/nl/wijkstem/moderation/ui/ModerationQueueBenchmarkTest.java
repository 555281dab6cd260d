package nl.wijkstem.moderation.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.StatementCountViewTest;
import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The moderation issue's queue target on H2: 100,000 ideas of which 10,000 wait for a
 * moderator and 2,000 ideas and comments carry open reports; the first page of the queue
 * within 100 ms (p95, server time). Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=ModerationQueueBenchmarkTest}. Writes
 * {@code target/benchmark-moderation-queue.md}.
 */
@Tag("benchmark")
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class ModerationQueueBenchmarkTest extends StatementCountViewTest {

	private static final int IDEAS = 100_000;

	private static final int WAITING_EVERY = 10;

	private static final int REPORTED = 2_000;

	private static final int WARM_UP = 100;

	private static final int RUNS = 300;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	ReportService reportService;

	@Test
	@WithUserDetails("moderator")
	void measure() throws IOException {
		IdeaBulkSeeder.Result seeded = new IdeaBulkSeeder(jdbc).seed("QueueBench", IDEAS, 10, 2, 20_000);
		jdbc.update(
				"update idea set status = 'SUBMITTED', published_at = null where title like 'QueueBench %' and mod(id, ?) = 0",
				WAITING_EVERY);
		jdbc.update("update idea set reviewed = false where title like 'QueueBench %' and mod(id, 7) = 1");
		report(seeded);
		Long waiting = jdbc.queryForObject(
				"select min(id) from idea where title like 'QueueBench %' and status = 'SUBMITTED'", Long.class);

		Map<String, double[]> results = new LinkedHashMap<>();
		results.put("queue, new submissions, first page: service", time(() -> decisions.queue(0, 20, Languages.DUTCH)));
		results.put("queue, new submissions, page 200: service", time(() -> decisions.queue(199, 20, Languages.DUTCH)));
		results.put("queue, reported, first page: service", time(() -> reportService.reported(0, 20)));
		results.put("queue, not looked at, first page: service",
				time(() -> decisions.awaitingReview(0, 20, Languages.DUTCH)));
		results.put("queue, unfiled, first page: service", time(() -> decisions.unfiled(0, 20, Languages.DUTCH)));
		results.put("navigation badge (waiting + reported)",
				time(() -> decisions.waitingCount() + reportService.reportedCount()));
		results.put("queue view, whole view built",
				time(() -> navigate(HomeView.class), () -> navigate(ModerationQueueView.class)));
		results.put("item view of a waiting idea, whole view built", time(() -> navigate(HomeView.class),
				() -> navigate("moderation/" + waiting, ModerationItemView.class)));

		long queueStatements = statements(() -> navigate(ModerationQueueView.class));

		StringBuilder report = new StringBuilder();
		report.append(
				String.format("Data: %,d ideas (%,d waiting), %,d open reported items; %d runs after %d warm-up%n%n",
						IDEAS, IDEAS / WAITING_EVERY, REPORTED, RUNS, WARM_UP));
		report.append(Timing.table(results));
		report.append(String.format("%nSQL statements to render the queue: %d%n", queueStatements));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-moderation-queue.md"), report);
	}

	/** Three residents report each of the first published ideas. */
	private void report(IdeaBulkSeeder.Result seeded) {
		List<Long> published = jdbc.queryForList(
				"select id from idea where title like 'QueueBench %' and status = 'PUBLISHED' order by id fetch first "
						+ REPORTED + " rows only",
				Long.class);
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < published.size(); i++) {
			for (int reporter = 0; reporter < 3; reporter++) {
				rows.add(new Object[] { published.get(i), "idea:" + published.get(i),
						seeded.residentIds().get((i * 3 + reporter) % seeded.residentIds().size()), now });
			}
		}
		jdbc.batchUpdate("insert into idea_report (idea_id, target_key, reporter_id, reason, created_at) "
				+ "values (?, ?, ?, 'OFFENSIVE', ?)", rows);
	}

	private static double[] time(Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, work);
	}

	private static double[] time(Runnable setup, Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, setup, work);
	}

}
