package nl.wijkstem.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page answers: the friendly translated page for an address that leads nowhere,
 * and the programme's icon and web app manifest. (The HTTP status of a missing page is
 * still 200: Vaadin's eager server load, which would give it 404, wrote user text into
 * the first page in a form the browser ran; see IdeaBrowserIT's stored payloads.)
 */
class PageStatusBrowserIT extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "ideas", "programme", "privacy", "accessibility" })
	void existingPage_answers200(String path) {
		assertThat(HttpVisitor.anonymous(port).get(path).statusCode()).as(path).isEqualTo(200);
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
