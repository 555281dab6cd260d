package nl.wijkstem.base.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActionBudgetTest {

	private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

	private final List<Instant> done = new ArrayList<>();

	private final ActionBudget.ActionLog log = (since, howMany) -> done.stream()
		.filter(time -> time.isAfter(since))
		.sorted(Comparator.reverseOrder())
		.limit(howMany)
		.toList();

	private final ActionBudget fivePerHourTwentyPerDay = new ActionBudget(
			List.of(RateLimit.valueOf("5/1h"), RateLimit.valueOf("20/1d")));

	@Test
	void fourActionsInTheHour_leaveRoomForAFifth() {
		actedMinutesAgo(50, 40, 30, 20);

		assertThat(fivePerHourTwentyPerDay.waitBefore(NOW, log)).isEmpty();
	}

	@Test
	void fiveActionsInTheHour_waitUntilTheOldestLeavesTheHour() {
		actedMinutesAgo(70, 50, 40, 30, 20, 10);

		assertThat(fivePerHourTwentyPerDay.waitBefore(NOW, log)).contains(Duration.ofMinutes(10));
	}

	@Test
	void twentyActionsInTheDay_waitForTheDayEvenWhenTheHourHasRoom() {
		for (int hour = 2; hour < 22; hour++) {
			actedMinutesAgo(hour * 60);
		}

		assertThat(fivePerHourTwentyPerDay.waitBefore(NOW, log)).contains(Duration.ofHours(3));
	}

	@Test
	void waitArguments_roundUpToMinutesAndHours() {
		assertThat(ActionBudget.waitArguments(Duration.ofSeconds(5))).containsExactly(1L, 1L);
		assertThat(ActionBudget.waitArguments(Duration.ofSeconds(3599))).containsExactly(60L, 1L);
		assertThat(ActionBudget.waitArguments(Duration.ofMinutes(61))).containsExactly(61L, 2L);
	}

	@Test
	void rateLimits_areWrittenAsActionsPerWindow() {
		assertThat(RateLimit.valueOf(" 20 / 10m")).isEqualTo(new RateLimit(20, Duration.ofMinutes(10)));
		assertThat(RateLimit.valueOf("20/1d")).isEqualTo(new RateLimit(20, Duration.ofDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("20"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("0/1h"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("5/0s"));
	}

	private void actedMinutesAgo(long... minutes) {
		for (long ago : minutes) {
			done.add(NOW.minus(Duration.ofMinutes(ago)));
		}
	}

}
