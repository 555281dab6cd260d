package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts on the resident's pages as the browser shows them: the map's zoom buttons and
 * source line speak the page's language, an idea written in English carries lang="en" on
 * a Dutch page, and counts agree with their number.
 */
class IdeaTextsBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mapZoomButtonsAndSource_areNamedInDutch_onTheDutchPage() {
		open("ideas");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon op de kaart")).click();
		Locator zoomIn = page.locator(".area-map .leaflet-control-zoom-in");
		zoomIn.waitFor();

		assertThat(zoomIn.getAttribute("title")).isEqualTo("Inzoomen");
		assertThat(zoomIn.getAttribute("aria-label")).isEqualTo("Inzoomen");
		assertThat(page.locator(".area-map .leaflet-control-zoom-out").getAttribute("title")).isEqualTo("Uitzoomen");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in")).count()).isZero();
		// the test's map source is called "Test"
		assertThat(page.locator(".area-map .leaflet-control-attribution").innerText()).contains("Kaartgegevens Test");
	}

	@Test
	void englishIdea_onTheDutchPage_isMarkedEnglish_andAccessible() {
		Long id = jdbc.queryForObject("select id from idea where title = ?", Long.class,
				"Bigger bins near the metro station");
		open("ideas/" + id);

		Locator title = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
		assertThat(title.innerText()).isEqualTo("Bigger bins near the metro station");
		assertThat(title.getAttribute("lang")).isEqualTo("en");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
		assertThat(page.locator("main").innerText()).doesNotContainPattern("\\b1 bewoners\\b|\\b\\d+ steun\\b");
		assertAccessible();
		screenshots("idea-english-on-dutch-page");
	}

}
