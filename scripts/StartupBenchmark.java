import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures one way of starting Wijkstem: the time from launching the command until
 * /actuator/health answers UP, then the first requests a resident's browser makes (home,
 * /ideas, an idea page: the page, Vaadin's init request and the navigation), then the
 * resident memory (VmRSS) of the process. Each run starts on a fresh copy of the same
 * seeded demo data. Run by scripts/startup-benchmark.sh, which prepares the jar, the data
 * and the AOT cache; single-file Java so it needs nothing but the JDK.
 *
 * <pre>
 * java StartupBenchmark.java NAME RUNS PORT SEEDED_DATA_DIR WORK_DIR RESULTS_TSV -- command...
 * </pre>
 */
public class StartupBenchmark {

	private static final Duration GIVE_UP = Duration.ofSeconds(300);

	private static final Duration STOP_WAIT = Duration.ofMinutes(10);

	private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

	public static void main(String[] args) throws Exception {
		int dash = Arrays.asList(args).indexOf("--");
		if (dash != 6 || args.length < 8) {
			System.err.println("usage: StartupBenchmark NAME RUNS PORT SEEDED_DATA_DIR WORK_DIR RESULTS_TSV -- command...");
			System.exit(2);
		}
		String name = args[0];
		int runs = Integer.parseInt(args[1]);
		int port = Integer.parseInt(args[2]);
		Path seeded = Path.of(args[3]);
		Path work = Path.of(args[4]);
		Path results = Path.of(args[5]);
		List<String> command = List.of(args).subList(7, args.length);

		List<Run> measured = new ArrayList<>();
		for (int i = 1; i <= runs; i++) {
			Path runDirectory = work.resolve(name + "-" + i);
			deleteRecursively(runDirectory);
			copyRecursively(seeded, runDirectory.resolve("data"));
			Run run = measure(command, port, runDirectory);
			measured.add(run);
			System.out.printf(Locale.ROOT,
					"  %s run %d: UP after %.2f s (CPU %.1f s), first requests %d ms, RSS %d MB, %.1f navigations/s%n", name,
					i, run.upMillis / 1000.0, run.cpuMillis / 1000.0, run.firstRequestsMillis, run.rssKb / 1024,
					run.perSecond);
		}
		double[] perSecond = measured.stream().mapToDouble(Run::perSecond).sorted().toArray();
		Run median = new Run(median(measured, r -> r.upMillis), median(measured, r -> r.cpuMillis),
				median(measured, r -> r.firstRequestsMillis), median(measured, r -> r.rssKb),
				perSecond[perSecond.length / 2]);
		String line = String.format(Locale.ROOT, "%s\t%.2f\t%.1f\t%d\t%d\t%.1f\t%d%n", name,
				median.upMillis / 1000.0, median.cpuMillis / 1000.0, median.firstRequestsMillis, median.rssKb / 1024,
				median.perSecond, runs);
		Files.writeString(results, line, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		System.out.printf(Locale.ROOT,
				"  %s median of %d: UP after %.2f s (CPU %.1f s), first requests %d ms, RSS %d MB, %.1f navigations/s%n",
				name, runs, median.upMillis / 1000.0, median.cpuMillis / 1000.0, median.firstRequestsMillis,
				median.rssKb / 1024, median.perSecond);
	}

	/**
	 * @param cpuMillis processor time the process used until UP (user + system, all
	 * threads): less sensitive than the wall-clock time to other work on the machine
	 */
	private record Run(long upMillis, long cpuMillis, long firstRequestsMillis, long rssKb, double perSecond) {
	}

	private static Run measure(List<String> command, int port, Path directory) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.connectTimeout(Duration.ofSeconds(1))
			.build();
		String base = "http://127.0.0.1:" + port;
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("out.log").toFile())
			.start();
		try {
			long upMillis = waitForUp(http, base, process, start);
			long cpuMillis = cpuMillis(process.pid());
			long requestsStart = System.nanoTime();
			String ideas = open(http, base, "");
			ideas = open(http, base, "ideas");
			Matcher idea = Pattern.compile("ideas/(\\d+)").matcher(ideas);
			if (!idea.find()) {
				throw new IllegalStateException("no idea linked from /ideas");
			}
			open(http, base, "ideas/" + idea.group(1));
			long firstRequestsMillis = (System.nanoTime() - requestsStart) / 1_000_000;
			long rss = rssKb(process.pid());
			return new Run(upMillis, cpuMillis, firstRequestsMillis, rss, throughput(base, idea));
		}
		finally {
			process.destroy();
			// a JVM asked for an AOT cache writes it as it stops: minutes on a busy machine
			if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	/**
	 * With THROUGHPUT=n (after the memory is read): n rounds of the three pages, one after
	 * the other, each round in a new session; the navigations per second of the second
	 * half, when the JIT compilers have had time (how C1-only code compares with C2).
	 */
	private static double throughput(String base, Matcher idea) throws Exception {
		int rounds = Integer.parseInt(System.getenv().getOrDefault("THROUGHPUT", "0"));
		if (rounds < 2) {
			return 0;
		}
		String ideaRoute = "ideas/" + idea.group(1);
		long halfway = 0;
		for (int round = 0; round < rounds; round++) {
			if (round == rounds / 2) {
				halfway = System.nanoTime();
			}
			HttpClient session = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
			open(session, base, "");
			open(session, base, "ideas");
			open(session, base, ideaRoute);
		}
		return 3.0 * (rounds - rounds / 2) / ((System.nanoTime() - halfway) / 1e9);
	}

	private static long waitForUp(HttpClient http, String base, Process process, long start) throws Exception {
		HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() - start < GIVE_UP.toNanos()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped; see its out.log");
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
					return (System.nanoTime() - start) / 1_000_000;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("not UP within " + GIVE_UP);
	}

	/**
	 * What a browser does to show a route: the page, Vaadin's init request, then the
	 * navigation event that builds the view; returns the view's UIDL.
	 */
	private static String open(HttpClient http, String base, String route) throws Exception {
		get(http, base + "/" + route);
		String init = get(http, base + "/?v-r=init&location=" + route + "&query=");
		Matcher key = SECURITY_KEY.matcher(init);
		Matcher uiId = UI_ID.matcher(init);
		if (!key.find() || !uiId.find()) {
			throw new IllegalStateException("no security key in the init answer for /" + route);
		}
		String navigate = """
				{"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
				{"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
				"syncId":0,"clientId":0}""".formatted(key.group(1), route);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId.group(1)))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(navigate))
			.build();
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200 || answer.body().contains("\"appError\"")) {
			throw new IllegalStateException("navigation to /" + route + " failed: " + answer.statusCode());
		}
		return answer.body();
	}

	private static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + answer.statusCode());
		}
		return answer.body();
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		throw new IllegalStateException("no VmRSS for " + pid);
	}

	/** utime + stime of /proc/PID/stat, in clock ticks of 10 ms (Linux's USER_HZ). */
	private static long cpuMillis(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
	}

	private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
		long[] sorted = runs.stream().mapToLong(value).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	private static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
