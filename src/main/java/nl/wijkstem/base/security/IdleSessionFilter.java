package nl.wijkstem.base.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session (and so its sign-in) that saw nothing but Vaadin's heartbeats for longer
 * than the session timeout. The servlet container counts every request as activity, and
 * an open tab sends a heartbeat every few minutes, so without this a forgotten tab on a
 * shared computer would stay signed in for ever.
 */
class IdleSessionFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

	private final Duration timeout;

	private final Clock clock;

	IdleSessionFilter(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant now = clock.instant();
			if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last && now.isAfter(last.plus(timeout))) {
				session.invalidate();
			}
			else if (!isHeartbeat(request) || session.getAttribute(LAST_ACTIVITY) == null) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
	}

	/** Read from the query string: the body of a Vaadin request must stay unread. */
	static boolean isHeartbeat(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && ("&" + query + "&").contains("&v-r=heartbeat&");
	}

}
