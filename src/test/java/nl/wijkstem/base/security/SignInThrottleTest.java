package nl.wijkstem.base.security;

import java.time.Duration;

import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private final TestClock clock = new TestClock();

	private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(15), 5, 20);

	@Test
	void fiveFailuresForOneName_lockThatName_fromEveryAddress_forTheWindow() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("kees", "10.0.0." + i);
		}

		assertThat(throttle.isLocked("kees", "10.0.0.99")).isTrue();
		assertThat(throttle.isLocked("KEES ", "10.0.0.99")).isTrue();
		assertThat(throttle.isLocked("fatima", "10.0.0.99")).isFalse();

		clock.moveBy(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(throttle.isLocked("kees", "10.0.0.99")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddress_lockThatAddress_forEveryName() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("name" + i, "10.0.0.1");
		}

		assertThat(throttle.isLocked("fatima", "10.0.0.1")).isTrue();
		assertThat(throttle.isLocked("fatima", "10.0.0.2")).isFalse();
	}

	@Test
	void fourFailures_doNotLock() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("kees", "10.0.0.1");
		}

		assertThat(throttle.isLocked("kees", "10.0.0.1")).isFalse();
	}

}
