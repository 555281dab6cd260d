package nl.wijkstem.idea;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an item has been waiting in its list.
 */
public enum QueueAge {

	/** Less than a day. */
	UNDER_A_DAY(null, Duration.ofDays(1)),
	/** From one day up to a week. */
	UP_TO_A_WEEK(Duration.ofDays(1), Duration.ofDays(7)),
	/** A week or more. */
	OVER_A_WEEK(Duration.ofDays(7), null),
	/** A month (30 days) or more. */
	OVER_A_MONTH(Duration.ofDays(30), null);

	private final Duration atLeast;

	private final Duration lessThan;

	QueueAge(Duration atLeast, Duration lessThan) {
		this.atLeast = atLeast;
		this.lessThan = lessThan;
	}

	/** The item entered the list at or before this moment; {@code null}: no bound. */
	Instant since(Instant now) {
		return atLeast == null ? null : now.minus(atLeast);
	}

	/** The item entered the list after this moment; {@code null}: no bound. */
	Instant after(Instant now) {
		return lessThan == null ? null : now.minus(lessThan);
	}

}
