package nl.wijkstem.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in {@link ApplicationTest}s: real time, until a test moves it.
 * A test that moves it puts it back with {@link #reset()} afterwards (the context is
 * shared).
 */
public class TestClock extends Clock {

	private final Clock base = Clock.systemUTC();

	private volatile Duration offset = Duration.ZERO;

	public void moveBy(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Sets the clock to {@code at}, from where it runs on. */
	public void moveTo(Instant at) {
		offset = Duration.between(base.instant(), at);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(base.withZone(zone), offset);
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
