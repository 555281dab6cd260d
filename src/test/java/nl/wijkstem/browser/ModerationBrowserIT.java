package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationBrowserIT extends BrowserTest {

	@Test
	void moderator_asksForChanges_andTheAuthorReadsWhy() {
		signInWithPassword("moderator");
		page.locator("nav.app-nav a").getByText("Moderatie").click();
		page.waitForURL(url("moderation"));
		waitForVaadin();
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kunstwerk op de blinde muur bij de metro"))
			.click();
		waitForVaadin();
		assertAccessible();

		Locator decision = page.locator(".action-panel");
		decision.getByText("Vragen om aanpassing", new Locator.GetByTextOptions().setExact(true)).click();
		decision.getByLabel("Bericht aan de indiener")
			.fill("Mooi idee! Wil je erbij zetten welke muur je bedoelt? Dan plaatsen we het graag.");
		String item = page.url();
		decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan en volgende")).click();
		page.waitForURL(address -> !address.equals(item));
		waitForVaadin();
		signOut();

		signInWithPassword("fatima");
		page.locator(".notices-bell--unread").click();
		page.waitForURL(url("notices"));
		waitForVaadin();
		assertThat(page.locator("main").innerText()).contains("Graag je idee aanpassen")
			.contains("Wil je erbij zetten welke muur je bedoelt?");
		assertAccessible();
		// this notice's link: other tests may have left Fatima newer notices
		page.locator("li.card")
			.filter(new Locator.FilterOptions().setHasText("welke muur je bedoelt"))
			.getByText("Bekijk het idee")
			.click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		assertThat(page.locator(".notice").innerText()).contains("vraagt je om je idee aan te passen");
		assertThat(page.locator(".history__note").innerText()).contains("welke muur je bedoelt");
	}

	@Test
	void queueFilters_claimsAndInternalNotes_areAccessible_inDutchAndEnglish() {
		String title = "Kapotte stoeptegels bij de seniorenflat";
		signInWithPassword("moderator");
		open("moderation");
		page.getByLabel("Zoeken in titel en tekst").fill("stoeptegels");
		page.getByLabel("Volgorde").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nieuwste eerst")).click();
		waitForVaadin();
		PlaywrightAssertions.assertThat(page.locator(".queue-card")).hasCount(1);
		assertThat(page.locator(".queue-card").innerText()).contains(title)
			.contains("Ingediend door Kees de Vries")
			.contains("Straat of stoep · Stoep voor de seniorenflat");
		assertAccessible();
		screenshots("queue-filtered-nl");
		page.getByLabel("Zoeken in titel en tekst").fill("");
		page.getByText("Gemeld", new Page.GetByTextOptions().setExact(true)).click();
		waitForVaadin();
		page.locator(".queue-card__reports").first().waitFor();
		assertAccessible();
		screenshots("queue-reported-nl");

		page.getByText("Wachten op controle", new Page.GetByTextOptions().setExact(true)).click();
		waitForVaadin();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		page.waitForURL(Pattern.compile(".*/moderation/\\d+(\\?.*)?$"));
		waitForVaadin();
		String item = page.url().replaceAll(".*/moderation/(\\d+).*", "$1");
		assertThat(page.locator(".item-claim__status").innerText()).isEqualTo("Niemand werkt hier nu aan.");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak dit op")).click();
		page.locator(".item-claim__status").getByText("Jij werkt hieraan").waitFor();
		page.getByLabel("Nieuwe notitie").fill("Kees gebeld: hij stuurt nog een foto van de losse tegels.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie opslaan")).click();
		page.locator(".internal-notes__note").getByText("Kees gebeld").waitFor();
		waitForVaadin();
		assertAccessible();
		screenshots("item-claimed-with-note-nl");
		inEnglish();
		assertThat(page.locator(".item-claim__status").innerText()).startsWith("You are working on this until");
		assertAccessible();

		open("moderation");
		page.getByLabel("Search in title and text").fill("stoeptegels");
		page.locator(".queue-card__claim").getByText("You are working on this").waitFor();
		assertAccessible();
		screenshots("queue-claimed-en");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nederlands")).click();
		waitForVaadin();
		signOut();

		signInWithPassword("beheerder");
		open("moderation/" + item);
		assertThat(page.locator(".item-claim__status").innerText())
			.startsWith("Sanne Jansen (programmabureau) werkt hieraan sinds");
		assertThat(page.locator(".internal-notes").innerText()).contains("Kees gebeld");
		assertAccessible();
		screenshots("item-claimed-by-colleague-nl");
		inEnglish();
		assertThat(page.locator(".item-claim__status").innerText())
			.startsWith("Sanne Jansen (programmabureau) has been working on this since");
		assertAccessible();
	}

	private void inEnglish() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
	}

	@Test
	void moderator_acceptsAFilingSuggestion_andSavesTheFiling() {
		signInWithPassword("moderator");
		open("moderation");
		page.getByText("Nog niet ingedeeld").click();
		waitForVaadin();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geveltuintjes in de Bachstraat")).click();
		page.waitForURL(Pattern.compile(".*/moderation/\\d+(\\?.*)?$"));
		waitForVaadin();
		String goalLine = page.locator(".filing-suggestion__goal").innerText();
		assertThat(goalLine).matches("Doel: .+ \\(zekerheid \\d+.?%\\)");
		assertThat(page.locator(".filing-suggestion__words").first().innerText()).startsWith("Door deze woorden: ");
		assertAccessible();
		String suggestedGoal = goalLine.substring("Doel: ".length(), goalLine.lastIndexOf(" (zekerheid"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruik dit voorstel")).click();
		waitForVaadin();
		assertThat(page.locator(".action-panel vaadin-select").innerText()).contains(suggestedGoal);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		page.getByText("De indeling is opgeslagen.").waitFor();
		waitForVaadin();
		assertThat(page.locator(".action-panel vaadin-select").innerText()).contains(suggestedGoal);
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
		assertThat(page.locator(".filing-suggestion").innerText()).contains("Suggestion from Wijkstem");
		assertAccessible();
	}

}
