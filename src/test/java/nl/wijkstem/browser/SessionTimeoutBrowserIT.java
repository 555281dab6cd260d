package nl.wijkstem.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2.1: a signed-in person who has been idle is warned two minutes before the
 * session (30 minutes) ends, can keep it with one key, and afterwards is told what
 * happened. The browser's clock is moved forward; the server's session is real.
 */
class SessionTimeoutBrowserIT extends BrowserTest {

	private static final long MINUTE = 60_000;

	@Test
	void idleResident_isWarnedBeforeTheEnd_andKeepsTheSessionWithOneKey_focusReturning() {
		signInWithPassword("fatima");
		page.clock().install();
		page.setViewportSize(360, 740);
		open("ideas/new?concept=nieuw");
		Locator title = page.getByLabel("Je idee in één zin");
		title.fill("Meer bankjes bij de speeltuin");
		title.focus();

		page.clock().fastForward(27 * MINUTE);
		Locator warning = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Ben je er nog?"));
		assertThat(warning.isVisible()).as("not yet after 27 idle minutes").isFalse();

		page.clock().fastForward(MINUTE + 1_000);
		warning.waitFor();
		assertThat(warning.innerText()).contains("Over 2 minuten word je uitgelogd");
		assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Ik ben er nog");
		assertAccessible();
		// as a phone shows it: the warning sits in the browser's top layer
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "session-warning-360.png")));

		page.keyboard().press("Enter");
		warning.waitFor(
				new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
		assertThat(page.evaluate("() => document.activeElement.closest('vaadin-text-field')?.label"))
			.isEqualTo("Je idee in één zin");
		assertThat(title.inputValue()).isEqualTo("Meer bankjes bij de speeltuin");

		// the click reached the server, so the countdown starts again
		page.clock().fastForward(27 * MINUTE);
		assertThat(warning.isVisible()).isFalse();
	}

	@Test
	void afterTheEnd_theDialogSaysSo_andOffersToSignInAgain() {
		signInWithPassword("fatima");
		page.clock().install();
		open("my/ideas");

		page.clock().fastForward(28 * MINUTE + 1_000);
		page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Ben je er nog?")).waitFor();
		page.clock().fastForward(2 * MINUTE);

		Locator expired = page.getByRole(AriaRole.DIALOG);
		expired.getByText("Je bent uitgelogd").waitFor();
		assertThat(expired.innerText()).contains("Keuzes op je stemlijst");
		assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Opnieuw inloggen");
		assertAccessible();
	}

	@Test
	void signedOutVisitor_getsNoWarning() {
		page.clock().install();
		open("ideas");
		assertThat(page.locator("dialog.session-warning").count()).isZero();
	}

}
