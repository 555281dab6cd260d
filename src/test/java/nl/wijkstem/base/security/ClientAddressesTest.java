package nl.wijkstem.base.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ClientAddressesTest {

	private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.5"));

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void spoofedForwardedFor_fromAnUntrustedPeer_isIgnored() {
		MockHttpServletRequest request = request("203.0.113.7", "1.2.3.4");

		assertThat(behindProxies.of(request)).isEqualTo("203.0.113.7");
		assertThat(new ClientAddresses(List.of()).of(request("10.0.0.1", "1.2.3.4"))).isEqualTo("10.0.0.1");
	}

	@Test
	void forwardedFor_fromATrustedProxy_isTheClient() {
		assertThat(behindProxies.of(request("10.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(behindProxies.of(request("192.168.1.5", "198.51.100.2"))).isEqualTo("198.51.100.2");
	}

	@Test
	void chain_givesTheRightMostAddressThatIsNotATrustedProxy_neverWhatTheClientWroteBeforeIt() {
		// the client sent "X-Forwarded-For: 6.6.6.6"; its real address was appended by
		// the
		// first proxy, then a second trusted proxy appended the first one
		MockHttpServletRequest request = request("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2");

		assertThat(behindProxies.of(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void severalForwardedForHeaders_areOneChain() {
		MockHttpServletRequest request = request("10.0.0.1", "6.6.6.6");
		request.addHeader("X-Forwarded-For", "203.0.113.7 , 10.0.0.3");

		assertThat(behindProxies.of(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void chainOfOnlyTrustedProxies_givesTheLeftMost_andATrustedPeerWithoutHeaderIsItself() {
		assertThat(behindProxies.of(request("10.0.0.1", "10.0.0.9, 10.0.0.2"))).isEqualTo("10.0.0.9");
		assertThat(behindProxies.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
	}

	@Test
	void hostNamesInTheChain_areNeverTrustedNorLookedUp() {
		assertThat(behindProxies.of(request("10.0.0.1", "203.0.113.7, proxy.example.nl")))
			.isEqualTo("proxy.example.nl");
	}

	@Test
	void ipv6Proxies_andClients_work() {
		ClientAddresses ipv6 = new ClientAddresses(List.of("2001:db8::/32"));

		assertThat(ipv6.of(request("2001:db8:0:0:0:0:0:1", "2a02:a44f::1"))).isEqualTo("2a02:a44f::1");
		assertThat(ipv6.of(request("2a02:a44f:0:0:0:0:0:2", "2a02:a44f::1"))).isEqualTo("2a02:a44f:0:0:0:0:0:2");
	}

	@Test
	void aHostNameAsTrustedProxy_stopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new ClientAddresses(List.of("proxy.example.nl")))
			.withMessageContaining("wijkstem.security.trusted-proxies");
	}

	@Test
	void current_readsTheRequestOfThisThread_orSaysUnknown() {
		assertThat(behindProxies.current()).isEqualTo(ClientAddresses.UNKNOWN);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request("10.0.0.1", "203.0.113.7")));

		assertThat(behindProxies.current()).isEqualTo("203.0.113.7");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

}
