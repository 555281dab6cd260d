package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo moderator works through submissions like the seeded ones: publishes one after
 * taking out personal data, rejects one with a reusable reason, marks one as a duplicate;
 * the authors read each outcome on My ideas. The test sends in its own copies (marked, so
 * the titles are its own) and leaves the seeded ideas as other tests expect them.
 */
class ModerationJourneyBrowserIT extends BrowserTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void moderator_worksThroughTheQueue_andAuthorsSeeEachOutcome() {
		String marker = " (" + IdeaFixture.unique() + ")";
		String youth = sentIn("fatima", "Jongeren bij het portiek van Reigerlaan 23" + marker,
				"Elke avond staan de jongens van de familie Jansen bij ons portiek. Ze zijn luidruchtig en laten "
						+ "rommel achter. Bel mij gerust op 06-12345678. Een ontmoetingsplek voor jongeren ergens "
						+ "anders zou helpen.",
				PlaceKind.OTHER, "Reigerlaan");
		String youthPlace = "Ontmoetingsplek voor jongeren bij de Reigerlaan" + marker;
		String neighbour = sentIn("kees", "Mijn buurman zet zijn bus voor mijn raam" + marker,
				"Mijn buurman parkeert elke dag zijn bedrijfsbus precies voor mijn raam. Ik heb er al vaak iets "
						+ "van gezegd maar hij luistert niet. Kan de gemeente hem een boete geven?",
				PlaceKind.PARKING, "Bachstraat");
		String benches = sentIn("kees", "Meer bankjes langs de Krabbeplas" + marker,
				"Mijn moeder is 84 en wandelt graag rond de plas. Ze moet vaak stoppen, maar er is nergens een "
						+ "bankje. Een paar extra bankjes zou voor veel ouderen fijn zijn.",
				PlaceKind.GREEN, "Krabbeplas, west- en zuidkant");
		String original = published("Bankjes rond de Krabbeplas" + marker,
				"Ouderen willen graag een rondje om de plas lopen, maar kunnen nergens even uitrusten. Elke paar "
						+ "honderd meter een bankje zou fijn zijn.");

		signInWithPassword("moderator");
		openFromQueue(youth);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tekst aanpassen")).click();
		Locator revision = page.locator(".revision-form");
		revision.getByLabel("Je idee in één zin").fill(youthPlace);
		revision.getByLabel("Vertel meer")
			.fill("Elke avond staan jongeren bij ons portiek. Ze zijn luidruchtig en laten rommel achter. "
					+ "Een ontmoetingsplek voor jongeren ergens anders zou helpen.");
		revision.getByText("Om persoonlijke gegevens weg te halen.", new Locator.GetByTextOptions().setExact(false))
			.click();
		revision.getByLabel("Uitleg voor de schrijver")
			.fill("We hebben namen en een telefoonnummer weggehaald. Die horen niet op een openbare site.");
		revision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanpassing opslaan")).click();
		page.getByText("De tekst is aangepast.").waitFor();
		assertThat(page.locator("h1").innerText()).isEqualTo(youthPlace);
		assertThat(page.locator(".moderation-item").innerText()).contains("Eerdere teksten")
			.contains("Gewist omdat er persoonlijke gegevens in stonden")
			.doesNotContain("Reigerlaan 23");
		assertAccessible();
		decide("Publiceren", "");

		openFromQueue(neighbour);
		Locator decision = page.locator(".action-panel");
		decision.getByText("Afwijzen", new Locator.GetByTextOptions().setExact(true)).click();
		decision.getByLabel("Standaardtekst").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Past niet bij de wijk")).click();
		Locator message = decision.getByLabel("Bericht aan de indiener");
		PlaywrightAssertions.assertThat(message)
			.hasValue(Pattern.compile("^Bedankt voor je idee\\. Het gaat niet over onze wijk.*", Pattern.DOTALL));
		message.fill(message.inputValue() + " Buurtbemiddeling Vlaardingen kan helpen bij ruzie met buren.");
		decide("Afwijzen", "");

		openFromQueue(benches);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dubbel idee")).click();
		Locator duplicate = page.locator(".duplicate-form");
		duplicate.getByText(original, new Locator.GetByTextOptions().setExact(false)).click();
		duplicate.getByLabel("Bericht aan de indiener over het andere idee")
			.fill("Er is al een idee voor bankjes rond de Krabbeplas. Steun dat idee, dan telt je stem mee.");
		duplicate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markeren als dubbel")).click();
		page.getByText("Het idee is gemarkeerd als dubbel.").waitFor();
		assertThat(page.locator(".status-badge").first().innerText()).isEqualTo("Dubbel idee");
		signOut();

		signInWithPassword("fatima");
		open("my/ideas");
		Locator published = card(youthPlace);
		// publishing carries a plain welcome unless the moderator writes otherwise
		assertThat(published.innerText()).contains("Gepubliceerd").contains("Bedankt voor je idee!");
		assertAccessible();
		signOut();

		signInWithPassword("kees");
		open("my/ideas");
		assertThat(card(neighbour).innerText()).contains("Buurtbemiddeling");
		assertThat(card(benches).innerText()).contains("Dubbel idee");
		card(benches).getByRole(AriaRole.LINK).click();
		waitForVaadin();
		page.locator(".notice").getByRole(AriaRole.LINK).click();
		page.locator("h1").getByText(original, new Locator.GetByTextOptions().setExact(true)).waitFor();
		waitForVaadin();
		assertAccessible();
	}

	private Locator card(String title) {
		return page.locator(".card").filter(new Locator.FilterOptions().setHasText(title));
	}

	/**
	 * Found with the queue's search, as other tests' submissions may fill its first page.
	 */
	private void openFromQueue(String title) {
		open("moderation");
		page.getByLabel("Zoeken in titel en tekst").fill(title);
		PlaywrightAssertions.assertThat(page.locator(".queue-card")).hasCount(1);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		waitForVaadin();
		page.locator("h1").getByText(title).waitFor();
	}

	/** Sent in by the demo resident, waiting for a moderator. */
	private String sentIn(String author, String title, String description, PlaceKind place, String where) {
		demo.as(author, () -> ideas.submit(null, new IdeaDraft(title, description, place, null, where, null, null)));
		return title;
	}

	/** Sent in by Kees and published. */
	private String published(String title, String description) {
		fixture.sentInAndPublished("kees",
				new IdeaDraft(title, description, PlaceKind.GREEN, null, "Rondje Krabbeplas", null, null));
		return title;
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
