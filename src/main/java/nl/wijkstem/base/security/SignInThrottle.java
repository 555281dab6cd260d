package nl.wijkstem.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Locks password sign-in for a user name, and for a client address, after too many
 * failures within a window, for as long as that window. Kept in memory: a restart forgets
 * the counts, and several instances count separately. That is enough for the demo, the
 * only profile with passwords.
 */
final class SignInThrottle {

	/** Counted names and addresses at most; beyond this the oldest are forgotten. */
	private static final int MAXIMUM_KEYS = 10_000;

	private final Clock clock;

	private final Duration window;

	private final int failuresPerName;

	private final int failuresPerAddress;

	private final ClientAddresses clientAddresses;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	SignInThrottle(Clock clock, Duration window, int failuresPerName, int failuresPerAddress,
			ClientAddresses clientAddresses) {
		this.clock = clock;
		this.clientAddresses = clientAddresses;
		this.window = window;
		this.failuresPerName = failuresPerName;
		this.failuresPerAddress = failuresPerAddress;
	}

	boolean isLocked(String username, String clientAddress) {
		return recent(nameKey(username)) >= failuresPerName || recent(addressKey(clientAddress)) >= failuresPerAddress;
	}

	void failed(String username, String clientAddress) {
		if (failures.size() > MAXIMUM_KEYS) {
			failures.keySet().removeIf(key -> recent(key) == 0);
		}
		if (failures.size() > MAXIMUM_KEYS) {
			failures.clear();
		}
		Instant now = clock.instant();
		add(nameKey(username), now);
		add(addressKey(clientAddress), now);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		failed(username(event.getAuthentication()), clientAddress(event.getAuthentication()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// a correct password clears the name, not the address: one known password must
		// not reopen guessing for every other name
		failures.remove(nameKey(username(event.getAuthentication())));
	}

	private void add(String key, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
		}
	}

	private int recent(String key) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		Instant since = clock.instant().minus(window);
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
				times.removeFirst();
			}
			return times.size();
		}
	}

	private static String username(Authentication authentication) {
		return authentication.getName() == null ? "" : authentication.getName();
	}

	/**
	 * The failure is published while its request is handled, so the address is resolved
	 * the same way {@link LockedSignInFilter} resolves it (behind trusted proxies too).
	 */
	private String clientAddress(Authentication authentication) {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return clientAddresses.current();
		}
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
	}

	private static String nameKey(String username) {
		return "name:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String clientAddress) {
		return "address:" + (clientAddress == null ? "" : clientAddress);
	}

}
