package nl.wijkstem.audit;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit trail with a long history on H2: 500,000 entries over five years by 25
 * people. Not part of the test suite: run it with {@code ./mvnw -Pbenchmark test}. Prints
 * a table and writes it to {@code target/benchmark-audit.md}.
 */
@Tag("benchmark")
@ApplicationTest
// H2 would otherwise answer a repeated identical query from its result cache
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:audit-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class AuditTrailBenchmarkTest {

	private static final int ENTRIES = 500_000;

	private static final int PEOPLE = 25;

	private static final List<String> ACTIONS = List.of("idea.publish", "idea.request_changes", "idea.reject",
			"idea.file", "idea.hide", "idea.duplicate", "comment.hide", "report.dismiss", "group.create",
			"idea.status");

	private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

	private static final int WARM_UP = 30;

	private static final int RUNS = 100;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Test
	void measure() throws Exception {
		long seedStart = System.nanoTime();
		seed();
		long seeded = System.nanoTime();
		demo.signIn("beheerder");
		AuditActor someone = new AuditActor(7L, "Moderator 7");
		Map<String, double[]> results = new LinkedHashMap<>();
		results.put("first page, no filter", time(() -> trail.page(AuditFilter.ALL, 0, 25, BundleWords.DUTCH)));
		results.put("first page, one action",
				time(() -> trail.page(filter("idea.reject", null, null, null), 0, 25, BundleWords.DUTCH)));
		results.put("first page, one person",
				time(() -> trail.page(filter(null, someone, null, null), 0, 25, BundleWords.DUTCH)));
		results.put("first page, one idea",
				time(() -> trail.page(filter(null, null, "idea", 4242L), 0, 25, BundleWords.DUTCH)));
		results.put("first page, one month", time(() -> trail.page(
				new AuditFilter(null, null, null, null, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")),
				0, 25, BundleWords.DUTCH)));
		results.put("first page, person and action",
				time(() -> trail.page(filter("idea.publish", someone, null, null), 0, 25, BundleWords.DUTCH)));
		results.put("page 1,000 (offset 25,000), no filter",
				time(() -> trail.page(AuditFilter.ALL, 1000, 25, BundleWords.DUTCH)));
		results.put("filter choices (actions, people, subject kinds)", time(() -> trail.options()));
		List<Double> exports = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			long exportStart = System.nanoTime();
			trail.exportCsv(filter(null, someone, null, null), BundleWords.DUTCH, OutputStream.nullOutputStream());
			exports.add((System.nanoTime() - exportStart) / 1e6);
		}
		// the first runs warm up
		double exportMillis = exports.subList(3, exports.size()).stream().sorted().toList().get(2);
		long exported = trail.page(filter(null, someone, null, null), 0, 1, BundleWords.DUTCH).total();

		StringBuilder report = new StringBuilder();
		report.append(String.format("Data: %,d audit entries by %d people over five years; seeding %.1f s%n", ENTRIES,
				PEOPLE, (seeded - seedStart) / 1e9));
		report.append(String.format("%d runs after %d warm-up runs%n%n", RUNS, WARM_UP));
		report.append(Timing.table(results));
		report.append(
				String.format("%nCSV export of one person's %,d entries (median of 5 after 3 warm-up runs): %.0f ms%n",
						exported, exportMillis));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-audit.md"), report);
		SignIn.out();
	}

	private void seed() {
		long span = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - START.getEpochSecond();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < ENTRIES; i++) {
			long person = i % PEOPLE;
			batch.add(new Object[] { Timestamp.from(START.plusSeconds(span * i / ENTRIES)), person,
					"Moderator " + person, ACTIONS.get((i / 7) % ACTIONS.size()), i % 5 == 0 ? "comment" : "idea",
					(long) (i * 31 % 100_000), "SUBMITTED", "PUBLISHED", "Een reden van een moderator, " + i });
			if (batch.size() == 10_000) {
				insert(batch);
				batch.clear();
			}
		}
		insert(batch);
	}

	private void insert(List<Object[]> batch) {
		jdbc.batchUpdate("insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type,"
				+ " subject_id, state_before, state_after, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
	}

	private static AuditFilter filter(String action, AuditActor actor, String type, Long id) {
		return new AuditFilter(action, actor, type, id, null, null);
	}

	private static double[] time(Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, work);
	}

}
