package nl.wijkstem.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Concurrent residents (issue 17, target 2): simulated browsers speaking Vaadin's UIDL
 * protocol ({@link UidlSession}), each a signed-in verified resident, in steps of more
 * and more residents. Each resident repeats, with a think time between any two clicks: 60
 * % browse and search the ideas, 20 % read an idea and its comments, 10 % support or
 * comment on one, 10 % open the ballot and vote. Per step, after the new residents have
 * come in over the ramp time, one window is measured: UIDL round trips (p50, p95, p99),
 * errors, CPU, heap, garbage collection, database connections. The ramp stops after a
 * step with errors above 1 % or a p95 above 5 s.
 * <p>
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=ResidentsLoadBenchmarkTest}; parameters
 * {@code -Dcapacity.steps=100,250,500,1000,2000}, {@code -Dcapacity.think=5} (mean
 * seconds between clicks, uniform from half to one and a half times it),
 * {@code -Dcapacity.rampSeconds=30}, {@code -Dcapacity.holdSeconds=60}. Writes
 * {@code target/benchmark-residents.md} and the chart {@code docs/capacity-p95.png}.
 */
class ResidentsLoadBenchmarkTest extends CapacityBenchmark {

	static final double TARGET_P95_MS = 300;

	private static final double GIVE_UP_P95_MS = 5000;

	private static final String[] SEARCHES = { "speeltuin", "bankjes", "fietspad", "groen", "buurthuis", "veilig",
			"honden", "bomen", "verlichting", "parkeren" };

	private static final String[] COMMENTS = { "Goed idee, ik help graag mee.", "Kan dit ook bij de school?",
			"Ik woon hier en mis dit al lang.", "Wie gaat dit onderhouden?" };

	private volatile RoundTrips window = new RoundTrips();

	private volatile boolean running = true;

	@Test
	void measure() throws Exception {
		verifyResidents();
		List<Integer> steps = new ArrayList<>();
		for (String step : System.getProperty("capacity.steps", "100,250,500,1000,2000").split(",")) {
			steps.add(Integer.parseInt(step.strip()));
		}
		double think = Double.parseDouble(System.getProperty("capacity.think", "5"));
		int ramp = Integer.getInteger("capacity.rampSeconds", 30);
		int hold = Integer.getInteger("capacity.holdSeconds", 60);

		warmUp();
		List<Step> measured = new ArrayList<>();
		try (ServerGauges gauges = new ServerGauges(pool());
				ExecutorService residents = Executors.newVirtualThreadPerTaskExecutor()) {
			int active = 0;
			for (int step : steps) {
				window = new RoundTrips();
				RoundTrips rampWindow = window;
				int arriving = step - active;
				long spacingNanos = TimeUnit.SECONDS.toNanos(ramp) / Math.max(1, arriving);
				for (int i = 0; i < arriving; i++) {
					int resident = active + i;
					residents.submit(() -> live(resident, think));
					TimeUnit.NANOSECONDS.sleep(spacingNanos);
				}
				active = step;
				gauges.next();
				RoundTrips holdWindow = new RoundTrips();
				window = holdWindow;
				Thread.sleep(TimeUnit.SECONDS.toMillis(hold));
				holdWindow.stop();
				// later round trips (and the interruptions at the end) belong to no
				// measured step
				window = new RoundTrips();
				Step result = new Step(step, holdWindow, gauges.next(), rampWindow.errorCount());
				measured.add(result);
				System.out.println(result.row());
				if (!holdWindow.errorReasons().isEmpty() || rampWindow.errorCount() > 0) {
					System.out.println("  errors while ramping: " + rampWindow.errorReasons() + "; measured: "
							+ holdWindow.errorReasons());
				}
				if (result.errorShare() > 0.01 || result.p95() > GIVE_UP_P95_MS) {
					System.out.println("Stopping the ramp: the server no longer keeps up.");
					break;
				}
			}
			running = false;
			residents.shutdownNow();
		}
		report(measured, think, ramp, hold);
	}

	/** The JIT compiles the paths a resident takes before the first step is measured. */
	private void warmUp() {
		RoundTrips ignored = new RoundTrips();
		for (int i = 0; i < 30; i++) {
			try {
				UidlSession session = visitIdeasIdeaAndBallot(i, ignored);
				session.follow("ideas", "page=2");
			}
			catch (UidlSession.SessionFailure ex) {
				System.out.println("warm-up: " + ex.getMessage());
			}
		}
		openSessions.closeAll();
	}

	/**
	 * One resident, until the test ends: sign in, then act and think, again and again.
	 */
	private void live(int index, double think) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		UidlSession session = null;
		while (running) {
			try {
				if (session == null) {
					session = new UidlSession(base(), () -> window);
					session.signIn(username(index % RESIDENTS));
					session.open("");
					pause(think);
				}
				double action = random.nextDouble();
				if (action < 0.6) {
					browse(session, think, random);
				}
				else if (action < 0.8) {
					read(session, random);
				}
				else if (action < 0.9) {
					takePart(session, think, random);
				}
				else {
					vote(session, think, random);
				}
				pause(think);
			}
			catch (UidlSession.SessionFailure ex) {
				window.error(ex.getMessage());
				session = null;
				pauseQuietly(think);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				window.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
				session = null;
				pauseQuietly(think);
			}
		}
	}

	/** A page of the ideas (most often the first), half of the time a search after it. */
	private void browse(UidlSession session, double think, ThreadLocalRandom random) throws InterruptedException {
		int page = random.nextDouble() < 0.5 ? 1 : 1 + random.nextInt(IDEA_PAGES);
		session.follow("ideas", page == 1 ? "" : "page=" + page);
		if (session.ideaIds().isEmpty()) {
			throw new UidlSession.SessionFailure("no ideas listed on page " + page);
		}
		if (random.nextBoolean()) {
			pause(think);
			session.search(SEARCHES[random.nextInt(SEARCHES.length)]);
		}
	}

	/** An idea from the last list the resident saw: its text, support and comments. */
	private void read(UidlSession session, ThreadLocalRandom random) {
		List<Long> ideas = session.ideaIds();
		if (ideas.isEmpty()) {
			session.follow("ideas");
			ideas = session.ideaIds();
		}
		if (ideas.isEmpty()) {
			throw new UidlSession.SessionFailure("no ideas listed");
		}
		session.follow("ideas/" + ideas.get(random.nextInt(ideas.size())));
	}

	/**
	 * Reads an idea, then supports it (or takes the support back), or now and then
	 * comments.
	 */
	private void takePart(UidlSession session, double think, ThreadLocalRandom random) throws InterruptedException {
		read(session, random);
		pause(think);
		if (random.nextDouble() < 0.8 && session.hasSupportButton()) {
			session.toggleSupport();
		}
		else if (session.hasCommentForm()) {
			session.comment(COMMENTS[random.nextInt(COMMENTS.length)]);
		}
		else if (session.hasSupportButton()) {
			session.toggleSupport();
		}
		// else: an idea that is decided or on the ballot takes no more support or
		// comments;
		// the resident has read it

	}

	private void vote(UidlSession session, double think, ThreadLocalRandom random) throws InterruptedException {
		session.follow("vote");
		if (!session.hasBallot()) {
			throw new UidlSession.SessionFailure("no ballot on the vote page");
		}
		pause(think);
		session.vote(random.nextInt(100));
	}

	private static void pause(double meanSeconds) throws InterruptedException {
		double factor = 0.5 + ThreadLocalRandom.current().nextDouble();
		Thread.sleep((long) (meanSeconds * factor * 1000));
	}

	private void pauseQuietly(double meanSeconds) {
		try {
			pause(meanSeconds);
		}
		catch (InterruptedException ex) {
			running = false;
			Thread.currentThread().interrupt();
		}
	}

	private void report(List<Step> steps, double think, int ramp, int hold) throws IOException {
		Integer best = null;
		for (Step step : steps) {
			if (step.p95() <= TARGET_P95_MS && step.errors() == 0) {
				best = step.residents();
			}
		}
		Long supports = jdbc.queryForObject("select count(*) from idea_support", Long.class);
		Long comments = jdbc.queryForObject("select count(*) from idea_comment", Long.class);
		Long ballots = jdbc.queryForObject("select count(*) from ballot", Long.class);
		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Think time %.1f s mean (uniform %.1f-%.1f s), ramp %d s per step, "
						+ "measured %d s per step, %d-connection pool, %d cores, max heap %d MB.%n%n",
				think, think / 2, think * 1.5, ramp, hold, pool().getMaximumPoolSize(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024));
		report.append(Step.header());
		steps.forEach(step -> report.append(step.row()).append('\n'));
		report.append(String.format("%nLargest step with p95 <= %.0f ms and no errors: %s residents.%n", TARGET_P95_MS,
				best == null ? "none" : String.format("%,d", best)));
		report.append(String.format("In the database afterwards: %,d supports, %,d comments, %,d ballots.%n", supports,
				comments, ballots));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-residents.md"), report);
		CapacityChart.write(steps, Path.of(System.getProperty("capacity.chart", "docs/capacity-p95.png")));
	}

	/** One measured step of the ramp. */
	record Step(int residents, RoundTrips trips, ServerGauges.Window gauges, long rampErrors) {

		double[] uidl() {
			return trips.uidl(50, 95, 99);
		}

		double p50() {
			return uidl()[0];
		}

		double p95() {
			return uidl()[1];
		}

		long errors() {
			return trips.errorCount() + rampErrors;
		}

		double errorShare() {
			long all = trips.count(RoundTrips.Kind.values());
			return all == 0 ? 1 : (double) trips.errorCount() / all;
		}

		static String header() {
			return "| residents | UIDL msgs/s | UIDL p50 ms | UIDL p95 ms | UIDL p99 ms | init p95 ms | errors "
					+ "| CPU JVM (max) | CPU machine | GC time | heap mean/max MB | old gen after GC MB "
					+ "| DB conns mean/max | waiting for conn |\n"
					+ "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
		}

		String row() {
			double[] uidl = uidl();
			double init = trips.of(RoundTrips.Kind.INIT, 95)[0];
			return String.format(
					"| %,d | %.0f | %.0f | %.0f | %.0f | %s | %d | %.0f %% (%.0f %%) | %.0f %% | %.1f %% "
							+ "| %.0f / %.0f | %.0f | %.1f / %d | %d |",
					residents, trips.count(RoundTrips.Kind.NAVIGATE, RoundTrips.Kind.EVENT) / trips.seconds(), uidl[0],
					uidl[1], uidl[2], Double.isNaN(init) ? "-" : String.format("%.0f", init), errors(),
					gauges.processCpu() * 100, gauges.maxProcessCpu() * 100, gauges.machineCpu() * 100,
					gauges.gcShare() * 100, gauges.meanHeapMb(), gauges.maxHeapMb(), gauges.liveHeapMb(),
					gauges.meanActiveConnections(), gauges.maxActiveConnections(), gauges.maxWaitingForConnection());
		}

	}

}
