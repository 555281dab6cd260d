package nl.wijkstem.browser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through a real OpenID Connect provider (mock-oauth2-server, started in the
 * test): the authorization code flow with PKCE, role mapping from the groups claim, a
 * local account, a new session id, and RP-initiated logout at the provider.
 */
class OidcSignInBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void resident_signsInWithTheMunicipality_andOutAgainAtTheProvider() {
		List<String> requests = new CopyOnWriteArrayList<>();
		List<String> pageLoads = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			requests.add(request.url());
			if (request.isNavigationRequest()) {
				pageLoads.add(request.url());
			}
		});
		givenTheProviderSignsIn("resident-4711", "Noor Bakker", List.of("inwoners"));

		open("login");
		String sessionBefore = sessionId();
		page.getByText("Inloggen met Gemeente Vlaardingen (test)").click();
		page.waitForURL(url(""));
		waitForVaadin();

		assertThat(page.locator(".app-user__name").innerText()).isEqualTo("Noor Bakker");
		assertThat(page.locator(".app-user__role").innerText()).isEqualTo("Bewoner");
		assertThat(sessionId()).isNotEqualTo(sessionBefore);
		String authorize = requests.stream().filter(url -> url.contains("/authorize")).findFirst().orElseThrow();
		assertThat(authorize).contains("code_challenge=").contains("code_challenge_method=S256");
		assertThat(jdbc.queryForObject("select count(*) from account where display_name = ? and issuer = ?",
				Integer.class, "Noor Bakker", OIDC.issuerUrl(ISSUER_ID).toString()))
			.isEqualTo(1);

		signOut();

		assertThat(pageLoads)
			.anyMatch(url -> url.contains("/" + ISSUER_ID + "/endsession") && url.contains("id_token_hint="));
		assertThat(page.url()).isEqualTo(url(""));
		assertThat(page.locator(".app-user__name").count()).isZero();
	}

	@Test
	void moderatorGroup_becomesTheModeratorRole() {
		givenTheProviderSignsIn("staff-0815", "Sanne Jansen", List.of("medewerkers", "wijkstem-moderator"));

		open("login");
		page.getByText("Inloggen met Gemeente Vlaardingen (test)").click();
		page.waitForURL(url(""));
		waitForVaadin();

		assertThat(page.locator(".app-user__role").innerText()).isEqualTo("Moderator");
		assertAccessible();
	}

	private void givenTheProviderSignsIn(String subject, String name, List<String> groups) {
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
				Map.of("name", name, "groups", groups), 3600));
	}

	private String sessionId() {
		return context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("JSESSIONID"))
			.map(cookie -> cookie.value)
			.findFirst()
			.orElse("");
	}

}
