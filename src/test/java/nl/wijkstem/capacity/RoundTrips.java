package nl.wijkstem.capacity;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The round trips of all sessions in one measuring window: times per kind of request and
 * the errors with their reasons. A new window replaces the old one between steps of the
 * ramp; the sessions keep recording into whichever window is current.
 */
final class RoundTrips {

	enum Kind {

		/** An HTML page or the sign-in form post: not a UIDL round trip. */
		PAGE,
		/** Vaadin's bootstrap request, which creates the UI. */
		INIT,
		/** A UIDL message that navigates (a router link). */
		NAVIGATE,
		/** Any other UIDL message: typing, a click, a checkbox. */
		EVENT

	}

	private final Map<Kind, Times> times = new EnumMap<>(Kind.class);

	private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

	private final long started = System.nanoTime();

	private volatile long stopped;

	RoundTrips() {
		for (Kind kind : Kind.values()) {
			times.put(kind, new Times());
		}
	}

	void record(Kind kind, long nanos) {
		times.get(kind).add(nanos);
	}

	void error(String reason) {
		// node ids and numbers differ per session: one reason per kind of failure
		errors.computeIfAbsent(reason.replaceAll("\\d+", "n"), key -> new LongAdder()).increment();
	}

	void stop() {
		stopped = System.nanoTime();
	}

	double seconds() {
		return ((stopped == 0 ? System.nanoTime() : stopped) - started) / 1e9;
	}

	long errorCount() {
		return errors.values().stream().mapToLong(LongAdder::sum).sum();
	}

	Map<String, Long> errorReasons() {
		Map<String, Long> reasons = new TreeMap<>();
		errors.forEach((reason, count) -> reasons.put(reason, count.sum()));
		return reasons;
	}

	/**
	 * Milliseconds at these percentiles (0-100) over the UIDL messages (navigations and
	 * events).
	 */
	double[] uidl(double... percentiles) {
		return percentiles(merged(Kind.NAVIGATE, Kind.EVENT), percentiles);
	}

	double[] of(Kind kind, double... percentiles) {
		return percentiles(merged(kind), percentiles);
	}

	long count(Kind... kinds) {
		long count = 0;
		for (Kind kind : kinds) {
			count += times.get(kind).size();
		}
		return count;
	}

	private long[] merged(Kind... kinds) {
		long[][] parts = new long[kinds.length][];
		int total = 0;
		for (int i = 0; i < kinds.length; i++) {
			parts[i] = times.get(kinds[i]).snapshot();
			total += parts[i].length;
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static double[] percentiles(long[] nanos, double... percentiles) {
		double[] result = new double[percentiles.length];
		if (nanos.length == 0) {
			Arrays.fill(result, Double.NaN);
			return result;
		}
		Arrays.sort(nanos);
		for (int i = 0; i < percentiles.length; i++) {
			int index = (int) Math.ceil(percentiles[i] / 100.0 * nanos.length) - 1;
			result[i] = nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
		}
		return result;
	}

	/** A growing array of durations, appended to by many threads. */
	private static final class Times {

		private long[] values = new long[4096];

		private final AtomicLong size = new AtomicLong();

		synchronized void add(long nanos) {
			int at = (int) size.get();
			if (at == values.length) {
				values = Arrays.copyOf(values, values.length * 2);
			}
			values[at] = nanos;
			size.incrementAndGet();
		}

		synchronized long[] snapshot() {
			return Arrays.copyOf(values, (int) size.get());
		}

		long size() {
			return size.get();
		}

	}

}
