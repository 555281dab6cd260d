package nl.wijkstem.browser;

import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view passes axe (WCAG 2.1 A and AA) in both languages, signed out and signed in,
 * and fits a 360 px phone screen without sideways scrolling.
 * <p>
 * Signing in costs more than most checks, so each demo account signs in once per
 * language: the first case for an account and language signs in (and chooses the
 * language, which lives in the server session) in a browser context kept for the later
 * cases, which each open a new page in it. The kept context also keeps Vaadin's scripts
 * in its cache, which a fresh browser would load again for every case.
 */
class AccessibilityBrowserIT extends BrowserTest {

	/** Browser contexts by "account/language" (no account: signed out). */
	private static final Map<String, BrowserContext> SESSIONS = new HashMap<>();

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void closeTheKeptContextsPage() {
		if (page.context() != context) {
			page.close();
		}
	}

	@AfterAll
	static void closeTheKeptContexts() {
		SESSIONS.values().forEach(BrowserContext::close);
		SESSIONS.clear();
	}

	@ParameterizedTest(name = "/{0} in {1}, signed in as {2}")
	@CsvSource({ "'', nl, ''", "'', en, ''", "login, nl, ''", "login, en, ''", "bestaat-niet, nl, ''",
			"bestaat-niet, en, ''", "accessibility, nl, ''", "privacy, en, ''", "'', nl, fatima", "'', en, moderator",
			"bestaat-niet, nl, beheerder", "bestaat-niet, en, kees", "my/data, nl, kees", "my/data, en, beheerder",
			"privacy, nl, moderator", "accessibility, en, fatima", "ideas, nl, ''", "ideas, en, ''",
			"ideas, nl, moderator", "ideas/new, nl, kees", "ideas/new, en, fatima", "my/ideas, nl, fatima",
			"my/ideas, en, kees", "admin, nl, beheerder", "admin, en, beheerder", "admin/ideas, nl, beheerder",
			"admin/ideas, en, beheerder", "notices, nl, kees", "notices, en, fatima", "moderation, nl, moderator",
			"moderation, en, beheerder", "moderation/collect, nl, moderator", "moderation/collect, en, beheerder",
			"admin/audit, nl, beheerder", "admin/audit, en, beheerder", "moderation/templates, nl, moderator",
			"moderation/templates, en, beheerder", "moderation/goals, nl, moderator", "moderation/goals, en, beheerder",
			"programme, nl, ''", "programme, en, ''", "programme, nl, kees", "verify, nl, kees", "verify, en, fatima",
			"verify, nl, moderator", "verify, en, beheerder", "residents, nl, moderator", "residents, en, beheerder",
			"admin/addresses, nl, beheerder", "admin/addresses, en, beheerder", "vote, nl, kees", "vote, en, fatima",
			"vote, nl, moderator", "vote, en, beheerder", "admin/rounds, nl, beheerder", "admin/rounds, en, beheerder",
			"admin/round, nl, beheerder", "admin/round, en, beheerder", "account-deleted, en, ''" })
	void view_isAccessible(String path, String language, String username) {
		visit(username, language);
		open(path);

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
		assertAccessible();
	}

	/**
	 * Signed in as the demo account (none when empty) with the language chosen, in the
	 * browser context kept for them; the first time, the context is made and signed in
	 * and the language chosen.
	 */
	private void visit(String username, String language) {
		String key = username + "/" + language;
		boolean first = !SESSIONS.containsKey(key);
		continueIn(SESSIONS.computeIfAbsent(key, made -> newContext()));
		if (!first) {
			return;
		}
		if (!username.isEmpty()) {
			signInWithPassword(username);
		}
		else if (language.equals("en")) {
			open("");
		}
		if (language.equals("en")) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
			waitForVaadin();
		}
	}

	@ParameterizedTest(name = "an idea page in {0}, signed in as {1}")
	@CsvSource({ "nl, ''", "en, ''", "nl, kees", "en, fatima" })
	void ideaPage_isAccessible(String language, String username) {
		Long id = jdbc.queryForObject("select id from idea where title = ?", Long.class,
				"Meer bomen op het plein bij de Floris de Vijfdelaan");
		view_isAccessible("ideas/" + id, language, username);
	}

	@ParameterizedTest(name = "an idea with news and an official answer in {0}")
	@CsvSource({ "nl", "en" })
	void ideaPageWithTimeline_isAccessible(String language) {
		Long id = jdbc.queryForObject("select id from idea where title = ?", Long.class,
				"Elke maand een grofvuilronde");
		view_isAccessible("ideas/" + id, language, "");
	}

	@ParameterizedTest(name = "a submitted idea for a moderator in {0}")
	@CsvSource({ "nl", "en" })
	void moderationItem_isAccessible(String language) {
		Long waiting = jdbc.queryForObject("select id from idea where title = ?", Long.class,
				"Meer bankjes langs de Krabbeplas");
		view_isAccessible("moderation/" + waiting, language, "moderator");
		Long reported = jdbc.queryForObject("select id from idea where title = ?", Long.class,
				"Moestuin voor de buurt");
		open("moderation/" + reported);
		assertAccessible();
	}

	@ParameterizedTest(name = "the demo voting round page {0} in {1}, signed in as {2}")
	@CsvSource({ "'', nl, kees", "/results, en, fatima", "'', nl, beheerder", "'', en, moderator" })
	void votingRoundPages_areAccessible(String suffix, String language, String username) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		view_isAccessible("vote/" + round + suffix, language, username);
	}

	@ParameterizedTest(name = "{0} of the demo voting round in {1}")
	@CsvSource({ "moderation/ballot/, nl, moderator", "moderation/ballot/, en, beheerder",
			"admin/round/, nl, beheerder", "admin/round/, en, beheerder" })
	void votingRoundManagement_isAccessible(String prefix, String language, String username) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		view_isAccessible(prefix + round, language, username);
	}

	@ParameterizedTest(name = "the integrity report of the demo voting round in {0}")
	@CsvSource({ "nl", "en" })
	void votingIntegrityReport_isAccessible(String language) {
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		view_isAccessible("admin/rounds/" + round + "/integrity", language, "beheerder");
	}

	@ParameterizedTest(name = "correcting and removing an address in {0}, {1} px wide")
	@CsvSource({ "nl, 1280", "en, 360" })
	void addressDialogs_areAccessible(String language, int width) {
		page.setViewportSize(width, 800);
		view_isAccessible("admin/addresses", language, "beheerder");
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

}
