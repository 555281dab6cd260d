package nl.wijkstem.base.security;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code actions} within any {@code window}. Written {@code 5/1h} in the
 * configuration ({@code 20/10m}, {@code 20/1d}); Spring binds it through
 * {@link #valueOf(String)}, and a comma-separated list through the same.
 *
 * @param actions how many actions the window holds
 * @param window the sliding period they are counted over
 */
public record RateLimit(int actions, Duration window) {

	public RateLimit {
		Objects.requireNonNull(window, "window");
		if (actions < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException(
					"A rate limit needs at least one action in a positive window, not " + actions + "/" + window);
		}
	}

	public static RateLimit valueOf(String text) {
		String[] parts = text.strip().split("\\s*/\\s*");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A rate limit is written as actions/window, e.g. 5/1h, not " + text);
		}
		return new RateLimit(Integer.parseInt(parts[0]), DurationStyle.detectAndParse(parts[1]));
	}

	@Override
	public String toString() {
		return actions + "/" + window;
	}

}
