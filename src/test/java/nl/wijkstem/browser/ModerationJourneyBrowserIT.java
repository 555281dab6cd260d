package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo moderator works through seeded submissions: publishes one after taking out
 * personal data, rejects one with a reusable reason, marks one as a duplicate; the
 * authors read each outcome on My ideas.
 */
class ModerationJourneyBrowserIT extends BrowserTest {

	@Test
	void moderator_worksThroughTheQueue_andAuthorsSeeEachOutcome() {
		signInWithPassword("moderator");
		openFromQueue("Jongeren bij het portiek van Reigerlaan 23");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tekst aanpassen")).click();
		Locator revision = page.locator(".revision-form");
		revision.getByLabel("Je idee in één zin").fill("Ontmoetingsplek voor jongeren bij de Reigerlaan");
		revision.getByLabel("Vertel meer")
			.fill("Elke avond staan jongeren bij ons portiek. Ze zijn luidruchtig en laten rommel achter. "
					+ "Een ontmoetingsplek voor jongeren ergens anders zou helpen.");
		revision.getByText("Om persoonlijke gegevens weg te halen.", new Locator.GetByTextOptions().setExact(false))
			.click();
		revision.getByLabel("Uitleg voor de schrijver")
			.fill("We hebben namen en een telefoonnummer weggehaald. Die horen niet op een openbare site.");
		revision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanpassing opslaan")).click();
		page.getByText("De tekst is aangepast.").waitFor();
		assertThat(page.locator("h1").innerText()).isEqualTo("Ontmoetingsplek voor jongeren bij de Reigerlaan");
		assertThat(page.locator(".moderation-item").innerText()).contains("Eerdere teksten")
			.contains("Gewist omdat er persoonlijke gegevens in stonden")
			.doesNotContain("Reigerlaan 23");
		assertAccessible();
		decide("Publiceren", "");

		openFromQueue("Mijn buurman zet zijn bus voor mijn raam");
		Locator decision = page.locator(".action-panel");
		decision.getByText("Afwijzen", new Locator.GetByTextOptions().setExact(true)).click();
		decision.getByLabel("Standaardtekst").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Past niet bij de wijk")).click();
		Locator message = decision.getByLabel("Bericht aan de indiener");
		PlaywrightAssertions.assertThat(message)
			.hasValue(Pattern.compile("^Bedankt voor je idee\\. Het gaat niet over onze wijk.*", Pattern.DOTALL));
		message.fill(message.inputValue() + " Buurtbemiddeling Vlaardingen kan helpen bij ruzie met buren.");
		decide("Afwijzen", "");

		openFromQueue("Meer bankjes langs de Krabbeplas");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dubbel idee")).click();
		Locator duplicate = page.locator(".duplicate-form");
		duplicate.getByText("Bankjes rond de Krabbeplas", new Locator.GetByTextOptions().setExact(false)).click();
		duplicate.getByLabel("Bericht aan de indiener over het andere idee")
			.fill("Er is al een idee voor bankjes rond de Krabbeplas. Steun dat idee, dan telt je stem mee.");
		duplicate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markeren als dubbel")).click();
		page.getByText("Het idee is gemarkeerd als dubbel.").waitFor();
		assertThat(page.locator(".status-badge").first().innerText()).isEqualTo("Dubbel idee");
		signOut();

		signInWithPassword("fatima");
		open("my/ideas");
		Locator published = card("Ontmoetingsplek voor jongeren bij de Reigerlaan");
		// publishing carries a plain welcome unless the moderator writes otherwise
		assertThat(published.innerText()).contains("Gepubliceerd").contains("Bedankt voor je idee!");
		assertAccessible();
		signOut();

		signInWithPassword("kees");
		open("my/ideas");
		assertThat(card("Mijn buurman zet zijn bus voor mijn raam").innerText()).contains("Buurtbemiddeling");
		assertThat(card("Meer bankjes langs de Krabbeplas").innerText()).contains("Dubbel idee");
		card("Meer bankjes langs de Krabbeplas").getByRole(AriaRole.LINK).click();
		waitForVaadin();
		page.locator(".notice").getByRole(AriaRole.LINK).click();
		page.locator("h1")
			.getByText("Bankjes rond de Krabbeplas", new Locator.GetByTextOptions().setExact(true))
			.waitFor();
		waitForVaadin();
		assertAccessible();
	}

	private Locator card(String title) {
		return page.locator(".card").filter(new Locator.FilterOptions().setHasText(title));
	}

	private void openFromQueue(String title) {
		open("moderation");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		waitForVaadin();
		page.locator("h1").getByText(title).waitFor();
	}

	private void decide(String decision, String message) {
		Locator form = page.locator(".action-panel");
		form.getByText(decision, new Locator.GetByTextOptions().setExact(true)).click();
		if (!message.isEmpty()) {
			form.getByLabel("Bericht aan de indiener").fill(message);
		}
		String item = page.url();
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan en volgende")).click();
		page.waitForURL(address -> !address.equals(item));
		waitForVaadin();
	}

}
