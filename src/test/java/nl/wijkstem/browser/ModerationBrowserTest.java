package nl.wijkstem.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationBrowserTest extends BrowserTest {

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
		decision.getByText("Vragen om aanpassing").click();
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
		page.getByText("Bekijk het idee").first().click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		assertThat(page.locator(".notice").innerText()).contains("vraagt je om je idee aan te passen");
		assertThat(page.locator(".history__note").innerText()).contains("welke muur je bedoelt");
	}

	@Test
	void moderator_acceptsAFilingSuggestion_andSavesTheFiling() {
		signInWithPassword("moderator");
		open("moderation");
		page.getByText("Nog niet ingedeeld").click();
		waitForVaadin();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geveltuintjes in de Bachstraat")).click();
		page.waitForURL(Pattern.compile(".*/moderation/\\d+$"));
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
