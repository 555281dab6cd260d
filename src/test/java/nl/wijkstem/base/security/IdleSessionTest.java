package nl.wijkstem.base.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab left open sends only heartbeats: after the session timeout (30 minutes) its
 * sign-in ends, as the README promises; anything the person does keeps it.
 */
@ApplicationTest
class IdleSessionTest {

	@Autowired
	FilterRegistrationBean<IdleSessionFilter> registration;

	@Autowired
	TestClock clock;

	private final MockHttpSession session = signedInSession();

	@Test
	void anOpenTabSendingOnlyHeartbeats_isSignedOutAfterTheTimeout() throws Exception {
		request("v-r=uidl&v-uiId=0");
		for (int minute = 0; minute < 25; minute += 5) {
			clock.moveBy(Duration.ofMinutes(5));
			assertThat(request("v-r=heartbeat&v-uiId=0")).as("heartbeat after %d minutes", minute + 5).isTrue();
		}

		clock.moveBy(Duration.ofMinutes(6));

		assertThat(request("v-r=heartbeat&v-uiId=0")).isFalse();
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aClickNowAndThen_keepsTheSignIn() throws Exception {
		for (int minute = 0; minute < 120; minute += 20) {
			clock.moveBy(Duration.ofMinutes(20));
			assertThat(request("v-r=uidl&v-uiId=0")).isTrue();
		}
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void theFilter_runsBeforeSpringSecurity_forEveryAddress() {
		assertThat(registration.getOrder()).isLessThan(-100).isGreaterThan(Ordered.HIGHEST_PRECEDENCE);
		assertThat(registration.getUrlPatterns()).isEmpty();
	}

	/** One request of the tab; whether Spring Security would find the sign-in. */
	private boolean request(String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.setQueryString(query);
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		registration.getFilter().doFilter(request, new MockHttpServletResponse(), chain);
		return signedIn((HttpServletRequest) chain.getRequest());
	}

	private static boolean signedIn(HttpServletRequest request) {
		var current = request.getSession(false);
		return current != null && current.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContextImpl;
	}

	private static MockHttpSession signedInSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("kees", null, java.util.List.of())));
		return session;
	}

}
