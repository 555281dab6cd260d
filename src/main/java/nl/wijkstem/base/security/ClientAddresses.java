package nl.wijkstem.base.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that says which network address a request comes from, for the limits that
 * count per address (password sign-in, letter codes). It is the direct peer, unless that
 * peer is one of the configured trusted proxies
 * ({@code wijkstem.security.trusted-proxies}, addresses or CIDR ranges, none by default):
 * then the right-most address in {@code X-Forwarded-For} that is not itself a trusted
 * proxy. Everything left of that was written by the client and could be anything, so it
 * is never used.
 */
@Component
public class ClientAddresses {

	public static final String UNKNOWN = "unknown";

	static final String FORWARDED_FOR = "X-Forwarded-For";

	/** Longer values are cut: an address is at most 45 characters, the column 64. */
	private static final int MAXIMUM_LENGTH = 64;

	private final List<IpAddressMatcher> trustedProxies;

	public ClientAddresses(@Value("${wijkstem.security.trusted-proxies:}") List<String> trustedProxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String proxy : trustedProxies) {
			if (!proxy.isBlank()) {
				try {
					matchers.add(new IpAddressMatcher(proxy.strip()));
				}
				catch (IllegalArgumentException notAnAddress) {
					throw new IllegalStateException("wijkstem.security.trusted-proxies holds addresses or CIDR ranges "
							+ "such as 10.0.0.5 or 10.0.0.0/8, not host names: " + proxy, notAnAddress);
				}
			}
		}
		this.trustedProxies = List.copyOf(matchers);
	}

	/** The address of the request being handled on this thread, or {@link #UNKNOWN}. */
	public String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return UNKNOWN;
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String client = isTrustedProxy(peer) ? forwardedClient(peer, request) : peer;
		if (client == null || client.isBlank()) {
			return UNKNOWN;
		}
		return client.length() > MAXIMUM_LENGTH ? client.substring(0, MAXIMUM_LENGTH) : client;
	}

	/**
	 * Walks {@code X-Forwarded-For} from the right: each trusted proxy vouches for the
	 * address left of it, until the first one that is not a trusted proxy. When all are
	 * trusted, the left-most is the best there is.
	 */
	private String forwardedClient(String peer, HttpServletRequest request) {
		List<String> chain = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					chain.add(hop.strip());
				}
			}
		}
		String client = peer;
		for (int i = chain.size() - 1; i >= 0; i--) {
			client = chain.get(i);
			if (!isTrustedProxy(client)) {
				return client;
			}
		}
		return client;
	}

	private boolean isTrustedProxy(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		for (IpAddressMatcher proxy : trustedProxies) {
			try {
				if (proxy.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException notAnAddress) {
				// a host name or garbage: never looked up, never trusted
				return false;
			}
		}
		return false;
	}

}
