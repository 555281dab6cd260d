package nl.wijkstem.base.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password sign-in while its user name or client address is locked by the
 * {@link SignInThrottle}, without checking the password, and answers it like a wrong
 * password so the lock tells nothing about the account.
 */
final class LockedSignInFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final String loginPath;

	private final ClientAddresses clientAddresses;

	LockedSignInFilter(SignInThrottle throttle, String loginPath, ClientAddresses clientAddresses) {
		this.throttle = throttle;
		this.clientAddresses = clientAddresses;
		this.loginPath = loginPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())
				&& throttle.isLocked(request.getParameter("username"), clientAddresses.of(request))) {
			response.sendRedirect(request.getContextPath() + loginPath + "?error");
			return;
		}
		chain.doFilter(request, response);
	}

}
