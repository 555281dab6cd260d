package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching the language draws the whole page anew, the switch too: the keyboard stays on
 * the choice just made (WCAG 2.4.3), on a plain page and on a page with a form.
 */
class LanguageSwitchBrowserIT extends BrowserTest {

	@Test
	void switchingTheLanguage_keepsTheKeyboardOnTheSwitch() {
		open("ideas");
		Locator english = page.locator(".language-switch [lang=en]");
		Locator dutch = page.locator(".language-switch [lang=nl]");

		english.focus();
		page.keyboard().press("Enter");
		page.locator("html[lang=en]").waitFor();
		waitForVaadin();
		assertFocusIn(english);
		assertThat(english.getAttribute("aria-pressed")).isEqualTo("true");

		dutch.click();
		page.locator("html[lang=nl]").waitFor();
		waitForVaadin();
		assertFocusIn(dutch);
		assertThat(dutch.getAttribute("aria-pressed")).isEqualTo("true");
	}

	@Test
	void switchingTheLanguage_onTheIdeaForm_keepsTheKeyboardOnTheSwitch() {
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");
		Locator english = page.locator(".language-switch [lang=en]");

		english.click();
		page.locator("html[lang=en]").waitFor();
		waitForVaadin();

		assertFocusIn(english);
	}

}
