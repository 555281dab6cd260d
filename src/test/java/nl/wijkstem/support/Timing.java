package nl.wijkstem.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall-clock timing for the benchmarks (never for tests): median, 95th percentile and
 * maximum of many runs after a warm-up.
 */
public final class Timing {

	private Timing() {
	}

	/**
	 * @return p50, p95 and max in milliseconds
	 */
	public static double[] percentiles(int warmUp, int runs, Supplier<Object> work) {
		return percentiles(warmUp, runs, () -> {
		}, work);
	}

	/** Times {@code work} alone; {@code setup} runs before each run, untimed. */
	public static double[] percentiles(int warmUp, int runs, Runnable setup, Supplier<Object> work) {
		for (int i = 0; i < warmUp; i++) {
			setup.run();
			work.get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			setup.run();
			long start = System.nanoTime();
			work.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		return new double[] { millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.getLast() };
	}

	/** A Markdown table row per measurement. */
	public static String table(java.util.Map<String, double[]> results) {
		StringBuilder table = new StringBuilder("| measurement | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
		results.forEach((name, millis) -> table
			.append(String.format("| %s | %.2f | %.2f | %.2f |%n", name, millis[0], millis[1], millis[2])));
		return table.toString();
	}

}
