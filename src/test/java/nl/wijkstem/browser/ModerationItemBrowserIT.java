package nl.wijkstem.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderator's item page at work: publishing and filing an idea takes at most three
 * clicks (counted by the test and by the page itself), the keyboard does the same without
 * any, and the page passes axe in both languages, with a dialog open, at desktop width
 * and on a 360 px phone.
 */
class ModerationItemBrowserIT extends BrowserTest {

	private static final int MAX_CLICKS = 3;

	@Autowired
	IdeaService ideas;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	private int clicks;

	@Test
	void publishAndFile_takesAtMostThreeClicks_andSaveAndNextShowsTheNextIdea() {
		Long id = submitted("Meer bomen en bankjes in het park bij de flat");
		page.setViewportSize(1280, 900);
		signInWithPassword("moderator");
		open("moderation/" + id + "?queue=waiting");
		countClicksInThePage();
		Locator panel = page.locator(".action-panel");

		click(panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)));
		click(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gebruik dit voorstel")));
		click(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan en volgende")));
		page.waitForURL(address -> address.contains("/moderation/") && !address.contains("/moderation/" + id + "?"));
		waitForVaadin();

		Map<String, Object> saved = jdbc.queryForMap("select status, goal_id, reviewed from idea where id = ?", id);
		assertThat(saved.get("STATUS")).isEqualTo("PUBLISHED");
		assertThat(saved.get("GOAL_ID")).as("filed under the suggested goal").isNotNull();
		assertThat(clicks).isLessThanOrEqualTo(MAX_CLICKS);
		assertThat((List<?>) page.evaluate("() => window.wijkstemClicks")).as("mouse presses the page saw")
			.hasSize(clicks);
		assertThat(page.url()).endsWith("?queue=waiting");
		assertThat(page.locator(".status-badge").innerText()).isEqualTo("Wacht op controle");
	}

	@Test
	void theKeyboardAlone_publishesAndFiles() {
		Long id = submitted("Bomen en groen op het plein bij de speeltuin");
		signInWithPassword("moderator");
		open("moderation/" + id + "?queue=waiting");

		page.keyboard().press("Alt+KeyP");
		page.locator(".action-panel__filing").waitFor();
		page.keyboard().press("Alt+KeyG");
		page.getByText("Het voorstel is ingevuld.", new Page.GetByTextOptions().setExact(false)).waitFor();
		page.keyboard().press("Alt+KeyN");
		page.waitForURL(address -> !address.contains("/moderation/" + id + "?"));
		waitForVaadin();

		Map<String, Object> saved = jdbc.queryForMap("select status, goal_id from idea where id = ?", id);
		assertThat(saved.get("STATUS")).isEqualTo("PUBLISHED");
		assertThat(saved.get("GOAL_ID")).isNotNull();
	}

	@Test
	void itemPage_isAccessible_inBothLanguages_withADialog_andOnAPhone() {
		Long id = submitted("Een bankje en een prullenbak bij de bushalte");
		page.setViewportSize(1280, 900);
		signInWithPassword("moderator");
		open("moderation/" + id + "?queue=waiting");
		Locator panel = page.locator(".action-panel");
		panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)).click();
		page.locator(".action-panel__filing").waitFor();
		page.locator(".shortcut-help").getByText("Sneltoetsen").click();
		waitForVaadin();
		assertAccessible();
		screenshot("moderation-item-1280-nl.png");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tekst aanpassen")).click();
		page.locator(".revision-form").waitFor();
		waitForVaadin();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sluiten")).click();
		waitForVaadin();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
		page.locator(".action-panel").getByText("Publish", new Locator.GetByTextOptions().setExact(true)).click();
		page.locator(".action-panel__filing").waitFor();
		waitForVaadin();
		assertAccessible();
		screenshot("moderation-item-1280-en.png");

		page.setViewportSize(360, 740);
		open("moderation/" + id + "?queue=waiting");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		assertThat(page.locator(".moderation-item__actions").boundingBox().y).as("the decisions stack below the idea")
			.isGreaterThan(page.locator(".moderation-item__idea").boundingBox().y);
		assertAccessible();
		screenshot("moderation-item-360.png");
	}

	private void click(Locator target) {
		target.click();
		clicks++;
		waitForVaadin();
	}

	/**
	 * The page records every real press of the mouse button too, so no click the test
	 * forgot goes uncounted (presses, not click events: a click on a label also clicks
	 * its radio button).
	 */
	private void countClicksInThePage() {
		page.evaluate("() => { window.wijkstemClicks = []; document.addEventListener('mousedown', e => {"
				+ " if (e.isTrusted) window.wijkstemClicks.push(e.composedPath()[0].tagName + ' '"
				+ " + (e.composedPath()[0].textContent || '').trim().substring(0, 30)); }, true); }");
	}

	private void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name)).setFullPage(true));
	}

	private Long submitted(String title) {
		demo.signIn("kees");
		try {
			return ideas.submit(null, new IdeaDraft(title,
					"Het is hier kaal en grijs. Met bomen, groen en bankjes wordt het een fijne plek voor iedereen in de wijk.",
					PlaceKind.GREEN, null, "", null, null))
				.id();
		}
		finally {
			SignIn.out();
		}
	}

}
