package nl.wijkstem.account;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address a request comes from, for the per-address attempt limit. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy} so this is the visitor's and
 * not the proxy's.
 */
@Component
class ClientAddress {

	static final String UNKNOWN = "unknown";

	String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String address = attributes.getRequest().getRemoteAddr();
			if (address != null && !address.isBlank()) {
				return address.length() > 64 ? address.substring(0, 64) : address;
			}
		}
		return UNKNOWN;
	}

}
