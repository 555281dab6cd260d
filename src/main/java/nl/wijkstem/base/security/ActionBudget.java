package nl.wijkstem.base.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many times one person may do something within sliding windows, e.g. 5 ideas an hour
 * and 20 a day. The budget keeps no counts itself: it asks the feature's own records (the
 * ideas, comments or reports with their times), so the limits hold across restarts and
 * across several instances sharing one database, and a refused action writes nothing.
 */
public record ActionBudget(List<RateLimit> limits) {

	/**
	 * The person's earlier actions, read from where the feature keeps them.
	 */
	@FunctionalInterface
	public interface ActionLog {

		/**
		 * The times of the person's latest actions after {@code since}, newest first, at
		 * most {@code howMany}.
		 */
		List<Instant> latestSince(Instant since, int howMany);

	}

	public ActionBudget {
		limits = List.copyOf(limits);
	}

	/**
	 * How long until one more action fits within every limit; empty when it fits now.
	 */
	public Optional<Duration> waitBefore(Instant now, ActionLog log) {
		Duration longest = Duration.ZERO;
		for (RateLimit limit : limits) {
			List<Instant> latest = log.latestSince(now.minus(limit.window()), limit.actions());
			if (latest.size() >= limit.actions()) {
				// the oldest of the last N must leave the window before an N+1th fits
				Duration wait = Duration.between(now, latest.get(limit.actions() - 1).plus(limit.window()));
				if (wait.compareTo(longest) > 0) {
					longest = wait;
				}
			}
		}
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	/**
	 * A wait as the messages say it: whole minutes (rounded up, at least 1) and whole
	 * hours (rounded up), so a message can choose "12 minutes" or "2 hours".
	 */
	public static Object[] waitArguments(Duration wait) {
		long minutes = minutesUp(wait);
		return new Object[] { minutes, (minutes + 59) / 60 };
	}

	/** A wait in whole minutes, rounded up, at least 1. */
	public static long minutesUp(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
