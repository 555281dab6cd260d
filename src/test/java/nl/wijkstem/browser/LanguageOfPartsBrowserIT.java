package nl.wijkstem.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 3.1.2: the parts Vaadin writes itself (calendars, the password field's eye button)
 * speak the page's language, and switching language on a page that does not exist changes
 * the whole frame, not only the message.
 */
class LanguageOfPartsBrowserIT extends BrowserTest {

	@Test
	void votingRoundDatePicker_onTheDutchPage_isDutch_andStartsOnMonday() {
		signInWithPassword("beheerder");
		open("admin/round/");
		Locator opens = page.locator("vaadin-date-time-picker")
			.filter(new Locator.FilterOptions().setHasText("Stemming open"))
			.locator("vaadin-date-picker input");
		opens.click();
		Locator overlay = page.locator("vaadin-date-picker-overlay-content, vaadin-date-picker-overlay").first();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vandaag")).waitFor();

		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren")).isVisible())
			.isTrue();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Today")).count()).isZero();
		String firstWeekday = page.locator("vaadin-month-calendar [part~='weekday']")
			.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("\\S")))
			.first()
			.innerText()
			.trim();
		assertThat(firstWeekday).isEqualTo("ma");
		assertThat(overlay.innerText()).doesNotContain("January", "February", "March", "April", "December");
		// Vaadin's month grid hides every column header from assistive technology, which
		// leaves its header row empty: a known barrier of the component
		assertAccessibleApartFrom(List.of("vaadin-month-calendar"));
		page.keyboard().press("Escape");
		assertThat(opens.getAttribute("aria-label") + " "
				+ page.locator("vaadin-date-time-picker")
					.filter(new Locator.FilterOptions().setHasText("Stemming open"))
					.innerText())
			.doesNotContain("Date", "Time");
	}

	@Test
	void passwordField_eyeButton_isNamedInDutch() {
		open("login");
		Locator reveal = page.locator("vaadin-password-field [part~='reveal-button'], vaadin-password-field-button")
			.first();
		reveal.waitFor();
		page.waitForFunction(
				"() => document.querySelector('vaadin-password-field').i18n.reveal === 'Wachtwoord tonen'");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord tonen")).count())
			.isEqualTo(1);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show password")).count())
			.isZero();
	}

	@Test
	void languageSwitch_onAPageThatDoesNotExist_changesHeaderNavigationSkipLinkAndFooter() {
		open("does-not-exist");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")).waitFor();
		waitForVaadin();

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(page.locator(".skip-link").textContent()).isEqualTo("Skip to main content");
		assertThat(page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ideas").setExact(true))
			.count()).isEqualTo(1);
		assertThat(page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility statement"))
			.count()).isEqualTo(1);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
			.getAttribute("aria-pressed")).isEqualTo("true");
		assertAccessible();
	}

}
