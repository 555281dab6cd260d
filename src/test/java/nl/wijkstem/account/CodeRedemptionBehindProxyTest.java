package nl.wijkstem.account;

import java.util.Map;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static nl.wijkstem.account.ResidencyTestSupport.newNetworkAddress;
import static nl.wijkstem.account.ResidencyTestSupport.signInAsNewResident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The per-address limit on letter codes counts the visitor behind a trusted proxy, not
 * the proxy. The same properties as {@code RateLimitsTest}, so they share one context.
 */
@ApplicationTest
@TestPropertySource(properties = { "wijkstem.rate-limits.ideas=5/1h,20/1d", "wijkstem.rate-limits.comments=20/10m",
		"wijkstem.rate-limits.reports=10/1h",
		"wijkstem.security.trusted-proxies=" + CodeRedemptionBehindProxyTest.PROXY })
class CodeRedemptionBehindProxyTest {

	static final String PROXY = "192.0.2.10";

	private static final String WRONG_CODE = "2345-6789-ABCD";

	@Autowired
	ResidencyService residency;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		ResidencyTestSupport.noNetwork();
	}

	@Test
	void wrongCodesThroughATrustedProxy_lockTheForwardedVisitor_notEveryoneBehindTheProxy() {
		String guesser = newNetworkAddress();
		from(PROXY, guesser);
		for (int resident = 0; resident < 4; resident++) {
			signInAsNewResident(events, "Gokker achter de proxy " + resident, Map.of());
			for (int i = 0; i < 5; i++) {
				assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(WRONG_CODE));
			}
		}
		signInAsNewResident(events, "Buurvrouw achter de proxy", Map.of());

		assertThat(refusal()).isEqualTo("residency.error.tooManyAttempts");

		from(PROXY, newNetworkAddress());
		assertThat(refusal()).isEqualTo("residency.error.unknownCode");

		// a header the guesser writes without the proxy is ignored
		from(guesser, newNetworkAddress());
		assertThat(refusal()).isEqualTo("residency.error.tooManyAttempts");
	}

	private String refusal() {
		return catchThrowableOfType(Rejection.class, () -> residency.redeem(WRONG_CODE)).messageKey();
	}

	private static void from(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
