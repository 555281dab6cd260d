package nl.wijkstem.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupsBrowserIT extends BrowserTest {

	private static final String GOAL = "Verbetering van slechte woningen en meer gemengde wijken";

	private static final String GROUP = "Meer bankjes en groen rond de Krabbeplas";

	private static final String SUMMARY = "Bewoners willen meer plekken om te zitten en meer bomen rond de plas.";

	@Test
	void moderator_groupsIdeasOnTheGoalBoard_andResidentsSeeTheGroupOnTheProgrammePage() throws IOException {
		signInWithPassword("moderator");
		page.locator("nav.app-nav a").getByText("Doelenbord").click();
		page.waitForURL(url("moderation/goals"));
		waitForVaadin();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(GOAL)).check();
		waitForVaadin();

		page.getByLabel("Naam van de bundel").fill(GROUP);
		page.getByLabel("Korte samenvatting voor bewoners").fill(SUMMARY);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bundel maken")).click();
		page.locator("li.group-card", new Page.LocatorOptions().setHasText(GROUP)).waitFor();
		waitForVaadin();
		moveIntoGroup("Bankjes rond de Krabbeplas");
		moveIntoGroup("Meer bomen op het plein bij de Floris de Vijfdelaan");

		Locator card = page.locator("li.group-card", new Page.LocatorOptions().setHasText(GROUP));
		assertThat(card.locator("li.board-idea a").allInnerTexts()).containsExactlyInAnyOrder(
				"Bankjes rond de Krabbeplas", "Meer bomen op het plein bij de Floris de Vijfdelaan");
		assertThat(card.locator(".group-card__counts").innerText()).startsWith("2 ideeën · ");
		assertAccessible();
		Download download = page.waitForDownload(() -> page.getByText("Alle openbare ideeën downloaden").click());
		byte[] csv = Files.readAllBytes(download.path());
		assertThat(download.suggestedFilename()).matches("wijkstem-ideeen-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.startsWith("\uFEFF\"Nummer\";\"Link naar het idee\";\"Titel\";")
			.contains("\"Bankjes rond de Krabbeplas\";")
			.contains("\"" + GOAL + "\";\"Leefbaarheid\";\"" + GROUP + "\"");
		signOut();

		open("programme");
		Locator publicCard = page.locator("li.programme-group", new Page.LocatorOptions().setHasText(GROUP));
		assertThat(publicCard.innerText()).contains(SUMMARY)
			.contains("Bankjes rond de Krabbeplas")
			.contains("Meer bomen op het plein bij de Floris de Vijfdelaan")
			.contains("Gepubliceerd")
			.contains("2 ideeën · ");
		assertAccessible();
		publicCard.getByText("Bankjes rond de Krabbeplas").click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		assertThat(page.locator("h1").innerText()).isEqualTo("Bankjes rond de Krabbeplas");
	}

	/** The keyboard way: Move, choose the group, Move now. */
	private void moveIntoGroup(String title) {
		Locator row = page.locator("li.board-idea")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verplaatsen").setExact(true)).click();
		waitForVaadin();
		row.getByLabel("Verplaatsen naar").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(GROUP)).click();
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nu verplaatsen")).click();
		waitForVaadin();
		page.locator("li.group-card", new Page.LocatorOptions().setHasText(GROUP))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true))
			.waitFor();
	}

}
