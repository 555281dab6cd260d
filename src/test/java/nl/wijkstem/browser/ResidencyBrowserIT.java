package nl.wijkstem.browser;

import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.wijkstem.account.ResidencyTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residency verification in a real browser: an administrator imports addresses and
 * downloads the letters; a resident who signed in through the municipality redeems a code
 * from them; a resident whose provider asserts a postcode of the area is verified at
 * once.
 */
class ResidencyBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void administratorMakesLetters_andAResidentRedeemsACodeFromThem() throws Exception {
		String street = ResidencyTestSupport.newStreet();
		signInWithPassword("beheerder");
		open("admin/addresses");

		page.locator("vaadin-upload input[type=file]")
			.setInputFiles(new FilePayload("adressen.csv", "text/csv",
					ResidencyTestSupport.csv(street + ";1;;" + ResidencyTestSupport.newPostcode(),
							street + ";2;a;" + ResidencyTestSupport.newPostcode())));
		page.locator(".addresses-import-message").getByText("2 nieuwe adressen").waitFor();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Codes en brieven maken")).click();
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download de brieven"))
					.click());
		assertThat(download.suggestedFilename()).matches("wijkstem-brieven-\\d+\\.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		int letters = jdbc.queryForObject("select letters from residency_code_batch order by id desc limit 1",
				Integer.class);
		String code = ResidencyTestSupport.codeFor(pdf, letters, street + " 2 A");
		assertAccessible();
		signOut();

		signInWithTheMunicipality("resident-" + street.substring(12), "Sem de Wit", Map.of());
		open("verify");
		page.getByLabel("Code uit je brief").fill("ABCD-EFGH-JKLM");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code controleren")).click();
		page.locator("vaadin-text-field [slot=error-message]").getByText("Deze code kennen we niet.").waitFor();
		assertAccessible();
		page.getByLabel("Code uit je brief").fill(code.toLowerCase().replace("-", " "));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code controleren")).click();

		page.locator(".residency-status__verified").waitFor();
		assertThat(page.locator(".residency-status").innerText()).contains("Je bent bevestigd als bewoner",
				"Bevestigd met de code uit je brief", street + " 2 A");
		assertAccessible();
		assertThat(jdbc.queryForList("select client_address from code_attempt a join account c on "
				+ "c.id = a.account_id where c.display_name = ?", String.class, "Sem de Wit"))
			.hasSize(2)
			.allSatisfy(address -> assertThat(address).isNotEqualTo("unknown"));
	}

	@Test
	void postcodeOfTheArea_fromTheMunicipality_verifiesTheResidentAtSignIn() {
		signInWithTheMunicipality("claim-resident-" + System.nanoTime(), "Lotte Claim", Map.of("postcode", "3132 AB"));

		open("verify");

		assertThat(page.locator(".residency-status").innerText()).contains("Je bent bevestigd als bewoner",
				"Bevestigd via je inlog bij de gemeente");
	}

}
