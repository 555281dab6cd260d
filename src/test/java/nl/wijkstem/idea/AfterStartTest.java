package nl.wijkstem.idea;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AfterStartTest {

	@Test
	void workThatFails_isTriedAgain_untilItSucceeds() {
		AtomicInteger calls = new AtomicInteger();

		AfterStart.retrying("test work", () -> {
			if (calls.incrementAndGet() < 3) {
				throw new IllegalStateException("database not there yet");
			}
		}, Duration.ofMillis(1)).run();

		assertThat(calls).hasValue(3);
	}

	@Test
	void workThatKeepsFailing_isGivenUp_afterTheLastAttempt() {
		AtomicInteger calls = new AtomicInteger();

		AfterStart.retrying("test work", () -> {
			calls.incrementAndGet();
			throw new IllegalStateException("never there");
		}, Duration.ofMillis(1)).run();

		assertThat(calls).hasValue(AfterStart.ATTEMPTS);
	}

}
