package nl.wijkstem.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view a resident meets, in both languages, at the 320 px WCAG 1.4.10 asks, on a
 * 360 px phone and on a 1280 px screen: a screenshot of each in
 * target/screenshots/resident for a person to look at, and a check that fails on sideways
 * scrolling, text drawn over other text and text cut off ({@link LayoutCheck}).
 */
class ResidentViewsLayoutBrowserIT extends BrowserTest {

	private static final int[] WIDTHS = { 320, 360, 1280 };

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0} in {1}, signed in as {2}")
	@CsvSource({ "home, nl, ''", "home, en, kees", "ideas, nl, ''", "ideas, en, kees", "idea, nl, ''", "idea, en, kees",
			"ideas/new, nl, kees", "ideas/new, en, kees", "my/ideas, nl, kees", "my/ideas, en, kees",
			"programme, nl, ''", "programme, en, ''", "vote, nl, kees", "vote, en, kees", "results, nl, kees",
			"results, en, kees", "notices, nl, kees", "notices, en, kees", "my/data, nl, kees", "my/data, en, kees",
			"verify, nl, fatima", "verify, en, kees", "login, nl, ''", "login, en, ''", "privacy, nl, ''",
			"accessibility, en, ''", "account-deleted, nl, ''" })
	void view_fitsAPhoneAndAScreen_withoutOverlapsOrClippedText(String view, String language, String username) {
		if (!username.isEmpty()) {
			signInWithPassword(username);
		}
		open(path(view));
		if (language.equals("en")) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
			waitForVaadin();
		}
		List<String> problems = new ArrayList<>();
		for (int width : WIDTHS) {
			page.setViewportSize(width, 800);
			waitForVaadin();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "resident",
						view.replace('/', '-') + "-" + language + "-" + width + ".png")));
			LayoutCheck.problems(page).forEach(problem -> problems.add(width + " px: " + problem));
		}
		assertThat(problems).as(view + " in " + language).isEmpty();
	}

	@Test
	void theCheck_findsSidewaysScrolling_overlappingText_andTextCutOff_butNotHiddenText() {
		page.setViewportSize(360, 800);
		page.setContent("""
				<body style="margin:0;font:16px sans-serif">
				<p style="margin:0">Eerste regel tekst</p>
				<p style="margin:-1em 0 0 0">Tweede regel erover</p>
				<p style="width:5em;overflow:hidden;white-space:nowrap">Een veel te lange regel tekst</p>
				<div style="width:500px">breed</div>
				<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">
				Alleen voor schermlezers, en dat mag</span>
				</body>""");

		assertThat(LayoutCheck.problems(page)).containsExactlyInAnyOrder("the page scrolls sideways by 140 px",
				"\"Eerste regel tekst\" (p) overlaps \"Tweede regel erover\" (p)",
				"text cut off in p: \"Een veel te lange regel tekst\"");
	}

	@Test
	void aMapPopup_onAPhone_liesWhollyInsideTheMap() {
		page.setViewportSize(360, 740);
		open("ideas");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon op de kaart")).click();
		page.locator(".area-map .leaflet-marker-icon").first().waitFor();
		int markers = page.locator(".area-map .leaflet-marker-icon").count();
		for (int i = 0; i < Math.min(markers, 4); i++) {
			page.locator(".area-map .leaflet-marker-icon").nth(i).click(new Locator.ClickOptions().setForce(true));
			page.locator(".leaflet-popup-content a").waitFor();
			// the map pans with an animation
			page.waitForTimeout(400);
			Object outside = page.evaluate("""
					() => {
					  const map = document.querySelector('.area-map').getBoundingClientRect();
					  const popup = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
					  return Math.max(map.left - popup.left, popup.right - map.right, map.top - popup.top,
					      popup.bottom - map.bottom, 0);
					}""");
			assertThat(((Number) outside).doubleValue()).as("pixels of popup %d outside the map", i).isZero();
			page.locator(".leaflet-popup-close-button").click();
			page.locator(".leaflet-popup")
				.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		}
	}

	private String path(String view) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		return switch (view) {
			case "home" -> "";
			case "idea" -> "ideas/" + jdbc.queryForObject("select id from idea where title = ?", Long.class,
					"Speeltuin Reigerlaan opknappen");
			case "vote" -> "vote/" + round;
			case "results" -> "vote/" + round + "/results";
			default -> view;
		};
	}

}
