package nl.wijkstem.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents, addresses and letters for residency tests that share one database: every
 * name, postcode and network address is new, so tests never see each other's rows.
 */
public final class ResidencyTestSupport {

	public static final String ISSUER = "https://login.example-gemeente.nl";

	private static final Pattern CODE = Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

	private ResidencyTestSupport() {
	}

	/** A street name no other test uses. */
	public static String newStreet() {
		StringBuilder name = new StringBuilder("Proefstraat ");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	/** A valid postcode, most likely used by no other test. */
	public static String newPostcode() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(18))
				+ (char) ('A' + random.nextInt(26));
	}

	public static byte[] csv(String... lines) {
		return ("straat;huisnummer;toevoeging;postcode\n" + String.join("\n", lines) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Requests seem to come from this network address until {@link #noNetwork()}. */
	public static void fromNetworkAddress(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	public static String newNetworkAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + '.' + random.nextInt(256) + '.' + random.nextInt(1, 255);
	}

	public static void noNetwork() {
		RequestContextHolder.resetRequestAttributes();
	}

	/** Signs in through the identity provider as a new person, who gets an account. */
	public static OAuth2AuthenticationToken signInAsNewResident(ApplicationEventPublisher events, String name,
			Map<String, Object> claims) {
		return signIn(events, "test-" + System.nanoTime() + "-" + ThreadLocalRandom.current().nextInt(), name, claims);
	}

	public static OAuth2AuthenticationToken signIn(ApplicationEventPublisher events, String subject, String name,
			Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("iss", ISSUER);
		all.put("sub", subject);
		all.put("name", name);
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(
				new DefaultOidcUser(authorities, token), authorities, "gemeente");
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		return authentication;
	}

	/** Runs something as another signed-in person, then puts the current one back. */
	public static <T> T as(Runnable signIn, Supplier<T> action) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		try {
			signIn.run();
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	/** The code printed on the letter to the address with this street line. */
	public static String codeFor(byte[] pdf, int expectedPages, String streetLine) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(expectedPages);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setPageEnd("\f");
			for (String page : stripper.getText(document).split("\f")) {
				if (page.lines().anyMatch(line -> line.strip().equals(streetLine))) {
					Matcher code = CODE.matcher(page);
					assertThat(code.find()).as("a code on the letter to " + streetLine).isTrue();
					return code.group();
				}
			}
			throw new AssertionError("No letter to " + streetLine);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
