package nl.wijkstem.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every view passes axe (WCAG 2.1 A and AA) in both languages, signed out and signed in;
 * {@link PageAccessibilityBrowserIT} checks pages with data, dialogs and phone screens.
 */
class AccessibilityBrowserIT extends AccessibilityCheck {

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
		assertViewAccessible(path, language, username);
	}

}
