package nl.wijkstem.browser;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The e-mail part of Mijn gegevens with a real identity provider: an address it says it
 * verified ({@code email_verified}) is used at once; one it did not verify is offered to
 * confirm. The form keeps what was typed when it is no address, the keyboard goes to the
 * line that says to look in the mailbox, a choice says it was saved; all of it passes axe
 * at a desktop's and a phone's width without sideways scrolling.
 */
class MyEmailBrowserIT extends BrowserTest {

	@Test
	void aVerifiedProviderAddressIsUsed() {
		String address = "noor." + System.nanoTime() + "@example.org";
		openMyDataAsANewPerson("Noor Geverifieerd", address, true);

		assertThat(page.locator(".my-email__state")).containsText("We sturen je e-mail op " + address + ".");
		assertThat(page.locator(".my-email__suggestion")).hasCount(0);
		assertAccessible();
	}

	@Test
	void anUnverifiedProviderAddressIsOfferedToConfirm_theFormAndChoicesWork() {
		String address = "otto." + System.nanoTime() + "@example.org";
		openMyDataAsANewPerson("Otto Ongeverifieerd", address, false);

		assertThat(page.locator(".my-email__state")).containsText("Je inlogdienst gaf ons het adres " + address);
		assertAccessible();
		screenshots("my-email-suggestion");

		Locator field = page.getByLabel("Je e-mailadres");
		field.fill("otto at home");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur bevestigingsmail")).click();
		waitForVaadin();
		assertThat(page.locator("vaadin-email-field.my-email__field"))
			.containsText("Dit is geen e-mailadres. Schrijf het zo: naam@voorbeeld.nl");
		assertThat(field).hasValue("otto at home");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Stuur een bevestigingsmail naar dit adres"))
			.click();
		waitForVaadin();
		Locator pending = page.locator(".my-email__pending");
		assertThat(pending).containsText("Wacht op bevestiging: " + address + ". Kijk in je mailbox");
		assertFocusIn(pending);

		Locator supported = page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName("Ideeën die je steunt"));
		supported.getByLabel("Dagelijks: alles in een mail per dag").check();
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Opgeslagen")))
			.hasText("Opgeslagen: Dagelijks: alles in een mail per dag.");
		assertAccessible();
		screenshots("my-email-pending");
		page.setViewportSize(360, 800);
		waitForVaadin();
		assertAccessible();
	}

	/**
	 * A person new to Wijkstem signs in through the municipality, whose provider gives
	 * this address, verified or not, and opens My data.
	 */
	private void openMyDataAsANewPerson(String name, String address, boolean verified) {
		signInWithTheMunicipality((verified ? "verified-" : "unverified-") + System.nanoTime(),
				name + " " + IdeaFixture.unique(), Map.of("email", address, "email_verified", verified));
		open("my/data");
	}

}
