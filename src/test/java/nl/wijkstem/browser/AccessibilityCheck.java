package nl.wijkstem.browser;

import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the accessibility tests share: signing in costs more than most checks, so each
 * demo account signs in once per language and test class: the first case for an account
 * and language signs in (and chooses the language, which lives in the server session) in
 * a browser context kept for the later cases, which each open a new page in it. The kept
 * context also keeps Vaadin's scripts in its cache, which a fresh browser would load
 * again for every case.
 * <p>
 * The checks are split over {@link AccessibilityBrowserIT} and
 * {@link PageAccessibilityBrowserIT} so that the integration tests' two JVMs can share
 * them: in one class they took twice as long as any other test class.
 */
abstract class AccessibilityCheck extends BrowserTest {

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

	/**
	 * The view at this path passes axe in this language, signed in as this demo account.
	 */
	void assertViewAccessible(String path, String language, String username) {
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

}
