package nl.wijkstem.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page answers: 404 for an address that leads nowhere or names a thing that is not
 * there for the asker, 403 for a page of another role, with the friendly translated page
 * in the browser; and the programme's icon and web app manifest.
 */
class PageStatusBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdeaService ideas;

	@Autowired
	DemoUsers demo;

	@ParameterizedTest
	@ValueSource(strings = { "", "ideas", "programme", "privacy", "accessibility" })
	void existingPage_answers200(String path) {
		assertThat(HttpVisitor.anonymous(port).get(path).statusCode()).as(path).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nope", "ideas/99999", "ideas/abc", "ideas/12/extra", "admin/rounds/abc/integrity" })
	void missingPage_answers404(String path) {
		assertThat(HttpVisitor.anonymous(port).get(path).statusCode()).as(path).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "vote/99999", "vote/99999/results", "nope" })
	void missingPage_answers404_toASignedInResident(String path) {
		assertThat(HttpVisitor.signedIn(port, "kees").get(path).statusCode()).as(path).isEqualTo(404);
	}

	@Test
	void aDraft_isMissing_forOthers_andThere_forItsAuthor() {
		IdeaDraft draft = new IdeaDraft("Een concept van Kees over de stoep", "Nog niet af.", PlaceKind.STREET, null,
				"Reigerlaan", null, null);
		Long draftId = demo.as("kees", () -> ideas.save(null, draft));

		assertThat(HttpVisitor.anonymous(port).get("ideas/" + draftId).statusCode()).isEqualTo(404);
		assertThat(HttpVisitor.signedIn(port, "fatima").get("ideas/" + draftId).statusCode()).isEqualTo(404);
		assertThat(HttpVisitor.signedIn(port, "moderator").get("moderation/" + draftId).statusCode()).isEqualTo(404);
		assertThat(HttpVisitor.signedIn(port, "kees").get("ideas/" + draftId).statusCode()).isEqualTo(200);
	}

	@Test
	void aPageOfAnotherRole_answers403_whenSignedIn_andLeadsToTheSignInWhenNot() {
		Long round = jdbc.queryForObject("select min(id) from voting_round", Long.class);
		HttpVisitor resident = HttpVisitor.signedIn(port, "kees");
		assertThat(resident.get("admin").statusCode()).isEqualTo(403);
		assertThat(resident.get("moderation").statusCode()).isEqualTo(403);
		assertThat(resident.get("admin/rounds/" + round + "/integrity").statusCode()).isEqualTo(403);
		assertThat(resident.get("vote/" + round).statusCode()).isEqualTo(200);
		assertThat(HttpVisitor.signedIn(port, "beheerder").get("admin/rounds/" + round + "/integrity").statusCode())
			.isEqualTo(200);
		// signed out, the person is sent to the sign-in page first
		HttpResponse<byte[]> signedOut = HttpVisitor.anonymous(port).get("admin");
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void notFoundPage_inTheBrowser_isTheFriendlyOne() {
		page.navigate(url("ideas/99999"));
		waitForVaadin();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).innerText())
			.isEqualTo("Pagina niet gevonden");
		assertThat(page.locator("footer")).isNotNull();
		assertAccessible();
	}

	@Test
	void theProgrammesHouseStyle_colourAndLogo_comeFromItsProgrammeFile() {
		HttpResponse<byte[]> logo = HttpVisitor.anonymous(port).get("programme-logo");
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));

		open("");
		assertThat(page.locator(".app-brand img").getAttribute("src")).isEqualTo("programme-logo");
		assertThat(page.locator(".app-brand img").getAttribute("alt")).isEqualTo("Wij de Westwijk");
		// The page can be ready before the logo has arrived; wait for the picture itself,
		// then check it decoded.
		page.waitForFunction("() => document.querySelector('.app-brand img').complete");
		assertThat((Boolean) page.evaluate("() => document.querySelector('.app-brand img').naturalWidth > 0")).isTrue();
		assertThat(
				page.evaluate("() => getComputedStyle(document.documentElement).getPropertyValue('--wijkstem-brand')"))
			.isEqualTo("#00558c");
		assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.app-header')).backgroundColor"))
			.isEqualTo("rgb(0, 85, 140)");
		assertThat(page.locator("meta[name=theme-color]").getAttribute("content")).isEqualTo("#00558c");
		assertAccessible();
	}

	@Test
	void favicon_icons_andManifest_areServed_andLinkedFromThePage() {
		HttpVisitor visitor = HttpVisitor.anonymous(port);

		HttpResponse<byte[]> favicon = visitor.get("favicon.ico");
		assertThat(favicon.statusCode()).isEqualTo(200);
		// an ICO file: reserved 0, type 1 (icon)
		assertThat(favicon.body()).startsWith(0, 0, 1, 0);
		assertThat(visitor.get("wijkstem/icons/icon.svg").statusCode()).isEqualTo(200);
		assertThat(visitor.get("wijkstem/icons/icon-192.png").statusCode()).isEqualTo(200);
		HttpResponse<byte[]> manifest = visitor.get("manifest.webmanifest");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
		assertThat(new String(manifest.body(), StandardCharsets.UTF_8)).contains("\"short_name\":\"Wij de Westwijk\"")
			.contains("/wijkstem/icons/icon-512.png");

		open("ideas");
		assertThat(page.locator("head link[rel=icon][type='image/svg+xml']").getAttribute("href"))
			.isEqualTo("wijkstem/icons/icon.svg");
		assertThat(page.locator("head link[rel=manifest]").getAttribute("href")).isEqualTo("manifest.webmanifest");
		String iconType = (String) page.evaluate(
				"async () => (await fetch(document.querySelector('link[rel=icon]').href)).headers.get('content-type')");
		assertThat(iconType).startsWith("image/svg+xml");
	}

}
