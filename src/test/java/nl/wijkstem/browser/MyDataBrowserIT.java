package nl.wijkstem.browser;

import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident downloads their data and deletes their account: a resident of their own,
 * signed in through the municipality, so the demo accounts and their ideas stay as the
 * other tests expect them.
 */
class MyDataBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void resident_downloadsTheirData_thenDeletesTheirAccount() throws Exception {
		String name = "Mira Verwijder " + IdeaFixture.unique();
		signInWithTheMunicipality("leaving-" + System.nanoTime(), name, Map.of());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn gegevens")).click();
		page.waitForURL(url("my/data"));
		waitForVaadin();

		assertThat(page.locator("dd").first().innerText()).isEqualTo(name);
		assertThat(page.locator(".my-data-kept dt").allInnerTexts()).contains("Ideeën en concepten die je schreef",
				"Berichten aan jou");
		screenshots("my-data");
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download mijn gegevens"))
					.click());
		String json = Files.readString(download.path());
		assertThat(json).contains("\"displayName\" : \"" + name + "\"").contains("BSN");
		assertThat(download.suggestedFilename()).isEqualTo("wijkstem-mijn-gegevens.json");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijder mijn account")).click();
		// the question starts on the safe answer, not on deleting the account
		assertFocusIn(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nee, terug")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder mijn account")).click();
		// signed out at the municipality too, which sends the person back to the
		// confirmation
		page.waitForURL(url("account-deleted"));
		waitForVaadin();
		page.waitForSelector(".app-user__sign-in");
		assertThat(page.locator("h1").innerText()).isEqualTo("Je account is verwijderd");
		assertAccessible();
		screenshots("account-deleted");

		assertThat(jdbc.queryForObject("select count(*) from account where issuer = ? and display_name = ?",
				Integer.class, OIDC.issuerUrl(ISSUER_ID).toString(), name))
			.isZero();
	}

	@Test
	void anonymousVisitor_isSentToSignIn() {
		page.navigate(url("my/data"));
		page.waitForURL(url("login"));

		assertThat(page.locator("h1").innerText()).isEqualTo("Inloggen");
	}

}
