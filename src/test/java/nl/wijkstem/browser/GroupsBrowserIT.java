package nl.wijkstem.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.wijkstem.support.IdeaFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator groups two ideas on the goal board; residents see the group on the
 * programme page. The ideas and the group are the test's own (published and filed under
 * the goal first), so the seeded ideas stay in no group.
 */
class GroupsBrowserIT extends BrowserTest {

	private static final String GOAL = "Verbetering van slechte woningen en meer gemengde wijken";

	private static final String UNIQUE = " " + IdeaFixture.unique();

	private static final String GROUP = "Meer bankjes en groen rond de Krabbeplas" + UNIQUE;

	private static final String BENCHES = "Bankjes rond de Krabbeplas" + UNIQUE;

	private static final String TREES = "Meer bomen op het plein bij de Floris de Vijfdelaan" + UNIQUE;

	private static final String SUMMARY = "Bewoners willen meer plekken om te zitten en meer bomen rond de plas.";

	@Autowired
	IdeaFixture fixture;

	@Test
	void moderator_groupsIdeasOnTheGoalBoard_andResidentsSeeTheGroupOnTheProgrammePage() throws IOException {
		Long goal = fixture.goal(GOAL);
		Set<Long> liveability = Set.of(fixture.theme("Leefbaarheid"));
		fixture.published(BENCHES, goal, liveability);
		fixture.published(TREES, goal, liveability);
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
		// the form was drawn anew: the keyboard goes to the group just made
		assertFocusIn(page.locator("li.group-card", new Page.LocatorOptions().setHasText(GROUP)).locator("h4"));
		moveIntoGroup(BENCHES);
		moveIntoGroup(TREES);

		Locator card = page.locator("li.group-card", new Page.LocatorOptions().setHasText(GROUP));
		assertThat(card.locator("li.board-idea a").allInnerTexts()).containsExactlyInAnyOrder(BENCHES, TREES);
		assertThat(card.locator(".group-card__counts").innerText()).startsWith("2 ideeën · ");
		assertAccessible();
		Download download = page.waitForDownload(() -> page.getByText("Alle openbare ideeën downloaden").click());
		byte[] csv = Files.readAllBytes(download.path());
		assertThat(download.suggestedFilename()).matches("wijkstem-ideeen-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.startsWith("\uFEFF\"Nummer\";\"Link naar het idee\";\"Titel\";")
			.contains("\"" + BENCHES + "\";")
			.contains("\"" + GOAL + "\";\"Leefbaarheid\";\"" + GROUP + "\"");
		signOut();

		open("programme");
		Locator publicCard = page.locator("li.programme-group", new Page.LocatorOptions().setHasText(GROUP));
		assertThat(publicCard.innerText()).contains(SUMMARY)
			.contains(BENCHES)
			.contains(TREES)
			.contains("Gepubliceerd")
			.contains("2 ideeën · ");
		assertAccessible();
		publicCard.getByText(BENCHES).click();
		page.waitForURL(Pattern.compile(".*/ideas/\\d+$"));
		waitForVaadin();
		assertThat(page.locator("h1").innerText()).isEqualTo(BENCHES);
	}

	@Test
	void moderator_groupsLookAlikes_straightFromTheHintAtAnIdea() {
		Long goal = fixture.goal(GOAL);
		String tag = "deelbakfiets" + IdeaFixture.unique();
		String anchor = "Een " + tag + " voor de buurt";
		String alike = "Samen een " + tag + " gebruiken";
		String group = "Deelfietsen" + UNIQUE;
		fixture.supportedBy(fixture.published(anchor, goal), "kees", "fatima", "beheerder", "moderator");
		fixture.published(alike, goal);
		signInWithPassword("moderator");
		open("moderation/goals");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(GOAL)).check();
		waitForVaadin();
		Locator row = page.locator("li.board-idea")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(anchor).setExact(true))));

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lijkt op…")).click();
		waitForVaadin();

		Locator panel = row.locator(".board-similar");
		assertThat(panel.locator("h4").evaluate("heading => heading === document.activeElement")).isEqualTo(true);
		assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lijkt op…"))
			.getAttribute("aria-expanded")).isEqualTo("true");
		assertAccessible();
		screenshots("goal-board-similar");
		panel.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(alike)).check();
		panel.getByLabel("Naam van de bundel").fill(group);
		panel.getByLabel("Korte samenvatting voor bewoners").fill(SUMMARY);
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Maak de bundel")).click();
		waitForVaadin();

		Locator card = page.locator("li.group-card", new Page.LocatorOptions().setHasText(group));
		card.waitFor();
		assertThat(card.locator("li.board-idea a").allInnerTexts()).containsExactlyInAnyOrder(anchor, alike);
	}

	@Test
	void changingAndDissolvingAGroup_keepTheKeyboardOnTheBoard() {
		String name = "Tijdelijke bundel" + UNIQUE;
		String renamed = "Hernoemde bundel" + UNIQUE;
		signInWithPassword("moderator");
		open("moderation/goals");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(GOAL)).check();
		waitForVaadin();
		page.getByLabel("Naam van de bundel").fill(name);
		page.getByLabel("Korte samenvatting voor bewoners").fill(SUMMARY);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bundel maken")).click();
		Locator card = page.locator("li.group-card", new Page.LocatorOptions().setHasText(name));
		assertFocusIn(card.locator("h4"));
		Locator change = card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wijzigen"));

		change.click();
		assertFocusIn(card.getByLabel("Naam van de bundel"));
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
		assertFocusIn(change);

		change.click();
		card.getByLabel("Naam van de bundel").fill(renamed);
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
		Locator renamedCard = page.locator("li.group-card", new Page.LocatorOptions().setHasText(renamed));
		renamedCard.locator("h4").getByText(renamed).waitFor();
		assertFocusIn(renamedCard.locator("h4"));

		Locator dissolve = renamedCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opheffen"));
		dissolve.click();
		Locator question = page.getByRole(AriaRole.ALERTDIALOG);
		// the safe answer first: a hasty Enter keeps the group
		assertFocusIn(question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")));
		assertAccessible();
		question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
		assertFocusIn(dissolve);
		dissolve.click();
		page.getByRole(AriaRole.ALERTDIALOG)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, opheffen"))
			.click();
		renamedCard.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		assertFocusIn(page.locator(".goal-board__groups h3").first());
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
