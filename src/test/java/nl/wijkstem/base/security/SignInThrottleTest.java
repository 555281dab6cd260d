package nl.wijkstem.base.security;

import java.time.Duration;
import java.util.List;

import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private final TestClock clock = new TestClock();

	private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(15), 5, 20,
			new ClientAddresses(List.of()));

	@Test
	void fiveFailuresForOneName_lockThatName_fromEveryAddress_forTheWindow() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("kees", "10.0.0." + i);
		}

		assertThat(throttle.isLocked("kees", "10.0.0.99")).isTrue();
		assertThat(throttle.isLocked("KEES ", "10.0.0.99")).isTrue();
		assertThat(throttle.isLocked("fatima", "10.0.0.99")).isFalse();

		clock.moveBy(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(throttle.isLocked("kees", "10.0.0.99")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddress_lockThatAddress_forEveryName() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("name" + i, "10.0.0.1");
		}

		assertThat(throttle.isLocked("fatima", "10.0.0.1")).isTrue();
		assertThat(throttle.isLocked("fatima", "10.0.0.2")).isFalse();
	}

	@Test
	void fourFailures_doNotLock() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("kees", "10.0.0.1");
		}

		assertThat(throttle.isLocked("kees", "10.0.0.1")).isFalse();
	}

	@Test
	void behindATrustedProxy_failuresAndTheLockCountForTheForwardedClient_notForTheProxy() throws Exception {
		ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.1"));
		SignInThrottle behindProxy = new SignInThrottle(clock, Duration.ofMinutes(15), 5, 2, addresses);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(signInThroughProxy("203.0.113.7")));
		for (int i = 0; i < 2; i++) {
			behindProxy.onFailure(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated("name" + i, "wrong"),
					new BadCredentialsException("wrong")));
		}

		assertThat(behindProxy.isLocked("fatima", "203.0.113.7")).isTrue();
		assertThat(behindProxy.isLocked("fatima", "10.0.0.1")).isFalse();

		LockedSignInFilter filter = new LockedSignInFilter(behindProxy, "/login", addresses);
		MockHttpServletResponse locked = new MockHttpServletResponse();
		MockFilterChain lockedChain = new MockFilterChain();
		filter.doFilter(signInThroughProxy("203.0.113.7"), locked, lockedChain);
		MockFilterChain otherChain = new MockFilterChain();
		filter.doFilter(signInThroughProxy("198.51.100.9"), new MockHttpServletResponse(), otherChain);

		assertThat(locked.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(lockedChain.getRequest()).isNull();
		assertThat(otherChain.getRequest()).isNotNull();
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private static MockHttpServletRequest signInThroughProxy(String client) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setRemoteAddr("10.0.0.1");
		request.addHeader("X-Forwarded-For", client);
		request.setParameter("username", "fatima");
		return request;
	}

}
