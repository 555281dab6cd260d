package nl.wijkstem.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages with data (an idea, a moderation item, a voting round), dialogs and phone screens
 * pass axe (WCAG 2.1 A and AA) in both languages, and fit a 360 px phone screen without
 * sideways scrolling; {@link AccessibilityBrowserIT} checks every view.
 */
class PageAccessibilityBrowserIT extends AccessibilityCheck {

	@ParameterizedTest(name = "an idea page in {0}, signed in as {1}")
	@CsvSource({ "nl, ''", "en, ''", "nl, kees", "en, fatima" })
	void ideaPage_isAccessible(String language, String username) {
		Long id = ideaId("Meer bomen op het plein bij de Floris de Vijfdelaan");
		assertViewAccessible("ideas/" + id, language, username);
	}

	@ParameterizedTest(name = "an idea with news and an official answer in {0}")
	@CsvSource({ "nl", "en" })
	void ideaPageWithTimeline_isAccessible(String language) {
		Long id = ideaId("Elke maand een grofvuilronde");
		assertViewAccessible("ideas/" + id, language, "");
	}

	@ParameterizedTest(name = "a submitted idea for a moderator in {0}")
	@CsvSource({ "nl", "en" })
	void moderationItem_isAccessible(String language) {
		Long waiting = ideaId("Meer bankjes langs de Krabbeplas");
		assertViewAccessible("moderation/" + waiting, language, "moderator");
		Long reported = ideaId("Moestuin voor de buurt");
		open("moderation/" + reported);
		assertAccessible();
	}

	@ParameterizedTest(name = "the demo voting round page {0} in {1}, signed in as {2}")
	@CsvSource({ "'', nl, kees", "/results, en, fatima", "'', nl, beheerder", "'', en, moderator" })
	void votingRoundPages_areAccessible(String suffix, String language, String username) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		assertViewAccessible("vote/" + round + suffix, language, username);
	}

	@ParameterizedTest(name = "{0} of the demo voting round in {1}")
	@CsvSource({ "moderation/ballot/, nl, moderator", "moderation/ballot/, en, beheerder",
			"admin/round/, nl, beheerder", "admin/round/, en, beheerder" })
	void votingRoundManagement_isAccessible(String prefix, String language, String username) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		assertViewAccessible(prefix + round, language, username);
	}

	@ParameterizedTest(name = "the integrity report of the demo voting round in {0}")
	@CsvSource({ "nl", "en" })
	void votingIntegrityReport_isAccessible(String language) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		assertViewAccessible("admin/rounds/" + round + "/integrity", language, "beheerder");
	}

	@ParameterizedTest(name = "correcting and removing an address in {0}, {1} px wide")
	@CsvSource({ "nl, 1280", "en, 360" })
	void addressDialogs_areAccessible(String language, int width) {
		page.setViewportSize(width, 800);
		assertViewAccessible("admin/addresses", language, "beheerder");
		String correct = language.equals("nl") ? "Verbeteren" : "Correct";
		String remove = language.equals("nl") ? "Verwijderen" : "Remove";
		String cancel = language.equals("nl") ? "Annuleren" : "Cancel";

		page.locator(".address vaadin-button").getByText(correct).first().click();
		page.locator("vaadin-dialog vaadin-text-field").first().waitFor();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(cancel)).click();
		waitForVaadin();
		page.locator(".address vaadin-button").getByText(remove).first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(cancel)).waitFor();
		assertAccessible();

		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

	@ParameterizedTest(name = "/{0} on a phone")
	@CsvSource({ "''", "login", "ideas", "programme" })
	void view_fitsAPhoneScreen(String path) {
		page.setViewportSize(360, 740);
		open(path);

		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		assertAccessible();
	}

	private Long ideaId(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

}
