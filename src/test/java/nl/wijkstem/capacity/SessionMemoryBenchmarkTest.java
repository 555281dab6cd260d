package nl.wijkstem.capacity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heap retained per resident session (issue 17, target 1): N signed-in residents each
 * open the ideas, an idea page and the ballot through the real UIDL protocol; the heap is
 * measured after a full garbage collection before and after, with the sessions still
 * open. Also counts the state nodes of each UI. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SessionMemoryBenchmarkTest}
 * ({@code -Dcapacity.sessions=200,1000}); writes
 * {@code target/benchmark-session-memory.md}.
 */
class SessionMemoryBenchmarkTest extends CapacityBenchmark {

	private static final int WARM_UP = 30;

	private static final int PARALLEL = 4;

	@Test
	void measure() throws Exception {
		verifyResidents();
		List<Integer> sizes = new ArrayList<>();
		for (String size : System.getProperty("capacity.sessions", "200,1000").split(",")) {
			sizes.add(Math.min(Integer.parseInt(size.strip()), RESIDENTS));
		}
		openSessions(WARM_UP);
		openSessions.closeAll();

		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Each session: signed in, opened /, /ideas, an idea page and /vote (UIDL), left open.%n"
						+ "Heap used after a full GC (System.gc(), G1), JVM max heap %d MB.%n%n",
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1024 / 1024));
		report.append("| sessions | heap before (MB) | heap after (MB) | retained per session (KB) "
				+ "| UIs per session | state nodes per UI: mean | min | max |\n");
		report.append("|---|---|---|---|---|---|---|---|\n");
		for (int sessions : sizes) {
			long before = heapAfterFullGc();
			Map<String, Long> bytesBefore = histogram();
			int failures = openSessions(sessions);
			long after = heapAfterFullGc();
			int open = openSessions.count();
			IntSummaryStatistics nodes = openSessions.nodesPerUi()
				.stream()
				.mapToInt(Integer::intValue)
				.summaryStatistics();
			double perSessionKb = (after - before) / 1024.0 / sessions;
			String row = String.format("| %,d | %.1f | %.1f | **%.0f** | %.2f | %.0f | %d | %d |%n", sessions,
					before / 1048576.0, after / 1048576.0, perSessionKb, (double) nodes.getCount() / open,
					nodes.getAverage(), nodes.getMin(), nodes.getMax());
			report.append(row);
			System.out.print(row);
			writeGrowth(sessions, bytesBefore, histogram());
			assertThat(failures).as("sessions that failed to open").isZero();
			assertThat(open).as("Vaadin sessions open").isEqualTo(sessions);
			openSessions.closeAll();
		}
		report.append(String.format("%nState nodes of a UI showing /ideas (first page, 20 cards, signed in): %d%n",
				nodesOnIdeas()));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-session-memory.md"), report);
	}

	/**
	 * Opens this many sessions, a few at a time. The client side of each is dropped once
	 * it is open; the server keeps its session until it is closed.
	 */
	private int openSessions(int count) throws Exception {
		RoundTrips recorder = new RoundTrips();
		AtomicInteger failures = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
			List<Future<?>> opened = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int resident = i;
				opened.add(pool.submit(() -> {
					try {
						visitIdeasIdeaAndBallot(resident, recorder);
					}
					catch (UidlSession.SessionFailure ex) {
						failures.incrementAndGet();
						recorder.error(ex.getMessage());
					}
				}));
			}
			for (Future<?> future : opened) {
				future.get();
			}
		}
		if (failures.get() > 0) {
			System.out.println("failures: " + recorder.errorReasons());
		}
		return failures.get();
	}

	/** The list the issue measured (~390 nodes per UI): one session left on /ideas. */
	private int nodesOnIdeas() {
		openSessions.closeAll();
		UidlSession session = new UidlSession(base(), RoundTrips::new);
		session.signIn(username(0));
		session.open("");
		session.follow("ideas");
		List<Integer> nodes = openSessions.nodesPerUi();
		openSessions.closeAll();
		return nodes.getFirst();
	}

	/** Bytes per class on the heap (jcmd GC.class_histogram, which collects first). */
	private static Map<String, Long> histogram() throws Exception {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { null }, new String[] { String[].class.getName() });
		Map<String, Long> bytes = new HashMap<>();
		for (String line : histogram.lines().toList()) {
			String[] columns = line.strip().split("\\s+");
			if (columns.length >= 4 && columns[0].endsWith(":")) {
				bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
			}
		}
		return bytes;
	}

	/**
	 * What the open sessions added, per class and per session, largest first: where to
	 * look when a session costs too much.
	 */
	private static void writeGrowth(int sessions, Map<String, Long> before, Map<String, Long> after)
			throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("bytes per session  class (" + sessions + " sessions)");
		after.entrySet()
			.stream()
			.map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(40)
			.forEach(entry -> lines.add(String.format("%,17d  %s", entry.getValue() / sessions, entry.getKey())));
		Files.write(Path.of("target/session-memory-growth-" + sessions + ".txt"), lines);
	}

	/**
	 * The least heap used right after each of five full collections: what the application
	 * holds, without what its background work allocated between two readings.
	 */
	private static long heapAfterFullGc() throws InterruptedException {
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			Thread.sleep(200);
		}
		return least;
	}

}
