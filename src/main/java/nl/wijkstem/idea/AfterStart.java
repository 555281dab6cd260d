package nl.wijkstem.idea;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that runs after the node reports ready. A failure there no longer stops
 * the start, so it is tried again for a while (the database may be back in a moment)
 * instead of leaving the node without suggestions or a followed search feed until the
 * next restart.
 */
final class AfterStart {

	private static final Logger log = LoggerFactory.getLogger(AfterStart.class);

	static final Duration PAUSE = Duration.ofSeconds(10);

	static final int ATTEMPTS = 30;

	private AfterStart() {
	}

	static Runnable retrying(String what, Runnable work) {
		return retrying(what, work, PAUSE);
	}

	static Runnable retrying(String what, Runnable work, Duration pause) {
		return () -> {
			for (int attempt = 1;; attempt++) {
				try {
					work.run();
					return;
				}
				catch (RuntimeException failed) {
					if (attempt == ATTEMPTS) {
						log.error("Gave up on {} after {} attempts", what, ATTEMPTS, failed);
						return;
					}
					log.warn("Could not do {} after the start (attempt {} of {}); trying again in {} s: {}", what,
							attempt, ATTEMPTS, pause.toSeconds(), failed.toString());
				}
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException stopping) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		};
	}

}
