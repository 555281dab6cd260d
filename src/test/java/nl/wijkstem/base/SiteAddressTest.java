package nl.wijkstem.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SiteAddressTest {

	@Test
	void link_joinsTheAddressAndThePath_withOneSlash() {
		assertThat(new SiteAddress("https://wijkstem.example.nl/", java.util.List.of()).link("ideas/12"))
			.isEqualTo("https://wijkstem.example.nl/ideas/12");
		assertThat(new SiteAddress(" https://gemeente.example.nl/wijkstem ", java.util.List.of()).link("/ideas/12"))
			.isEqualTo("https://gemeente.example.nl/wijkstem/ideas/12");
	}

	@Test
	void anAddressThatIsNoWebAddress_stopsTheStart_withAnExplanation() {
		for (String wrong : new String[] { "", "${WIJKSTEM_PUBLIC_URL}", "wijkstem.example.nl", "ftp://example.nl",
				"https://example.nl/?a=b", "javascript:alert(1)" }) {
			assertThatIllegalStateException().as(wrong)
				.isThrownBy(() -> new SiteAddress(wrong, java.util.List.of()))
				.withMessageContaining("WIJKSTEM_PUBLIC_URL");
		}
	}

	@Test
	void allowsTheHostOfItsAddress_loopbackNames_andOtherHostsConfigured_only() {
		SiteAddress site = new SiteAddress("https://wijkstem.example.nl/wijkstem", java.util.List.of(" Intern.Local "));

		org.assertj.core.api.Assertions
			.assertThat(java.util.List.of("wijkstem.example.nl", "WIJKSTEM.example.nl", "localhost", "127.0.0.1",
					"[::1]", "intern.local"))
			.allMatch(site::allowsHost);
		org.assertj.core.api.Assertions.assertThat(java.util.List.of("evil.example", "example.nl", ""))
			.noneMatch(site::allowsHost);
	}

}
