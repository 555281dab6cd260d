package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a resident sees when the connection to Wijkstem drops or the server restarts:
 * words in their own language, and after signing in again the page they were on.
 */
class ConnectionBrowserIT extends BrowserTest {

	@Test
	void lostConnection_isExplainedInDutch() {
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");
		context.setOffline(true);
		page.getByLabel("Je idee in één zin").fill("Meer bankjes");
		page.getByLabel("Je idee in één zin").blur();
		page.getByText("De verbinding met Wijkstem is even weg").first().waitFor();
		assertThat(page.content()).doesNotContain("Connection lost");
		// Vaadin's indicator is not read out: a live region says the same
		Locator liveRegion = page.locator("[aria-live=assertive].connection-status");
		assertThat(liveRegion.textContent()).startsWith("De verbinding met Wijkstem is even weg");
		context.setOffline(false);
	}

	@Test
	void afterARestart_theResidentIsTold_andReturnsToThePageAfterSigningIn() {
		signInWithPassword("fatima");
		open("my/ideas");
		forgetTheServerSession();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ideeën").setExact(true)).click();

		Locator notice = page.locator(".v-system-error");
		notice.getByText("Wijkstem is opnieuw gestart").waitFor();
		assertThat(notice.innerText()).contains("Je sessie is verlopen").contains("misschien niet bewaard");
		assertAccessible();
		notice.click();
		page.waitForURL(url("login"));
		submitTheLoginForm("fatima");
		// Spring Security marks the saved request it continues with "?continue"
		page.waitForURL(Pattern.compile(".*/my/ideas(\\?continue)?$"));
		waitForVaadin();
		assertThat(page.locator("h1").innerText()).isEqualTo("Mijn ideeën");
	}

}
