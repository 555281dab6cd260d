package nl.wijkstem.base.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every response before it is written. Spring Security's own
 * header writer only writes them when the response commits, which Vaadin's pages slipped
 * past; this filter runs first and sets them at once.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

	private static final String HSTS = "max-age=" + Duration.ofDays(365).toSeconds() + "; includeSubDomains";

	private final String contentSecurityPolicy;

	private final boolean strictTransportSecurity;

	SecurityHeadersFilter(String contentSecurityPolicy, boolean strictTransportSecurity) {
		this.contentSecurityPolicy = contentSecurityPolicy;
		this.strictTransportSecurity = strictTransportSecurity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
		if (strictTransportSecurity) {
			// also when TLS ends at a proxy that is not configured as trusted: browsers
			// honour it only over HTTPS anyway
			response.setHeader("Strict-Transport-Security", HSTS);
		}
		chain.doFilter(request, response);
	}

}
