package nl.wijkstem.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditBrowserIT extends BrowserTest {

	@Test
	void moderatorWritesATemplate_administratorFindsItInTheLog_andDownloadsTheFilteredLog() throws Exception {
		String title = "Buurtfeest " + UUID.randomUUID().toString().substring(0, 6);
		signInWithPassword("moderator");
		open("moderation/templates");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe standaardtekst")).click();
		page.getByLabel("Titel in het Nederlands").fill(title);
		page.getByLabel("Tekst in het Nederlands").fill("Het buurtfeest is op zaterdag. Je bent welkom!");
		page.getByLabel("Titel in het Engels").fill(title + " (en)");
		page.getByLabel("Tekst in het Engels").fill("The neighbourhood party is on Saturday. You are welcome!");
		page.getByText("Nieuwe status (").first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)).waitFor();
		assertAccessible();
		signOut();

		signInWithPassword("beheerder");
		page.locator("nav.app-nav a").getByText("Beheer").click();
		page.waitForURL(url("admin"));
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logboek van moderatie")).click();
		page.waitForURL(url("admin/audit"));
		waitForVaadin();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Handeling")).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Standaardtekst gemaakt")).click();
		waitForVaadin();

		assertThat(page.locator("tr.audit-entry").first().innerText()).contains(title)
			.contains("Sanne Jansen (programmabureau)")
			.contains("Standaardtekst gemaakt")
			.contains(title + " (voor: Nieuwe status)")
			.doesNotContain("STATUS_UPDATE");
		assertThat(page.locator("tr.audit-entry").first().locator("td").nth(3).innerText())
			.matches("Standaardtekst \\d+: " + title);
		assertAccessible();
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download als CSV-bestand"))
					.click());
		byte[] csv = Files.readAllBytes(download.path());
		assertThat(download.suggestedFilename()).isEqualTo("wijkstem-logboek.csv");
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains(title).contains("reasonTemplate.create");
		assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("reasonTemplate.create"));
	}

}
