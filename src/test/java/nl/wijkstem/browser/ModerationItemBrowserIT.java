package nl.wijkstem.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderator's item page at work: publishing and filing an idea takes at most three
 * clicks (counted by the test and by the page itself), the keyboard does the same without
 * any, and the page passes axe in both languages, with a dialog open, at desktop width
 * and on a 360 px phone.
 */
class ModerationItemBrowserIT extends BrowserTest {

	private static final int MAX_CLICKS = 3;

	@Autowired
	IdeaService ideas;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	private int clicks;

	@Test
	void publishAndFile_takesAtMostThreeClicks_andSaveAndNextShowsTheNextIdea() {
		page.setViewportSize(1280, 900);
		Long id = submittedAndOpened("Meer bomen en bankjes in het park bij de flat");
		countClicksInThePage();
		Locator panel = page.locator(".action-panel");

		click(panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)));
		click(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gebruik dit voorstel")));
		click(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan en volgende")));
		page.waitForURL(address -> address.contains("/moderation/") && !address.contains("/moderation/" + id + "?"));
		waitForVaadin();

		Map<String, Object> saved = jdbc.queryForMap("select status, goal_id, reviewed from idea where id = ?", id);
		assertThat(saved.get("STATUS")).isEqualTo("PUBLISHED");
		assertThat(saved.get("GOAL_ID")).as("filed under the suggested goal").isNotNull();
		assertThat(clicks).isLessThanOrEqualTo(MAX_CLICKS);
		assertThat((List<?>) page.evaluate("() => window.wijkstemClicks")).as("mouse presses the page saw")
			.hasSize(clicks);
		assertThat(page.url()).endsWith("?queue=waiting");
		assertThat(page.locator(".status-badge").innerText()).isEqualTo("Wacht op controle");
	}

	@Test
	void theKeyboardAlone_publishesAndFiles() {
		Long id = submittedAndOpened("Bomen en groen op het plein bij de speeltuin");

		page.keyboard().press("Alt+KeyP");
		page.locator(".action-panel__filing").waitFor();
		page.keyboard().press("Alt+KeyG");
		page.getByText("Het voorstel is ingevuld.", new Page.GetByTextOptions().setExact(false)).waitFor();
		page.keyboard().press("Alt+KeyN");
		page.waitForURL(address -> !address.contains("/moderation/" + id + "?"));
		waitForVaadin();

		Map<String, Object> saved = jdbc.queryForMap("select status, goal_id from idea where id = ?", id);
		assertThat(saved.get("STATUS")).isEqualTo("PUBLISHED");
		assertThat(saved.get("GOAL_ID")).isNotNull();
		if (page.url().matches(".*/moderation/\\d+\\?.*")) {
			// the next item: its title has the keyboard, as a new page would
			assertFocusIn(page.locator("h1"));
		}
	}

	@Test
	void everyFormOnTheItemPage_leavesTheKeyboardWhereTheModeratorWas() {
		page.setViewportSize(1280, 900);
		Long id = submittedAndOpened("Een deelkast voor boeken en speelgoed bij het buurthuis");
		Locator panel = page.locator(".action-panel");

		// deciding and filing redraw the item: the keyboard goes to the panel's heading
		panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)).click();
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		page.locator(".action-panel h2").getByText("Indelen").waitFor();
		assertFocusIn(page.locator(".action-panel h2"));
		panel.getByLabel("Doel van het programma").click();
		page.getByRole(AriaRole.OPTION,
				new Page.GetByRoleOptions().setName("Verbetering van slechte woningen en meer gemengde wijken"))
			.click();
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		page.getByText("De indeling is opgeslagen.").waitFor();
		assertFocusIn(page.locator(".action-panel h2"));

		// taking and letting go of the item take turns on one spot
		Locator claim = page.locator(".item-claim");
		claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ik pak dit op")).click();
		assertFocusIn(claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vrijgeven")));
		claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vrijgeven")).click();
		assertFocusIn(claim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ik pak dit op")));

		// a note saved keeps the button; a note deleted leaves the keyboard at the notes
		Locator notes = page.locator(".internal-notes");
		notes.getByLabel("Nieuwe notitie").fill("Gebeld met het buurthuis: ze willen de kast graag.");
		notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Notitie opslaan")).click();
		notes.getByText("Gebeld met het buurthuis").waitFor();
		assertFocusIn(notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Notitie opslaan")));
		notes.locator(".internal-notes__note").getByRole(AriaRole.BUTTON).click();
		notes.getByText("Gebeld met het buurthuis")
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		assertFocusIn(notes.locator("h2"));

		// a rarer action in its dialog: closed unused, the keyboard is back on its
		// button;
		// used, on the heading of the actions, as the item was drawn anew
		Locator more = page.locator(".more-actions");
		Locator answer = more.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Officieel antwoord"));
		answer.click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
		assertFocusIn(answer);
		answer.click();
		dialog.getByLabel("Antwoord", new Locator.GetByLabelOptions().setExact(true))
			.fill("Het buurthuis zet de kast in de hal. Iedereen mag er boeken in zetten en uit halen.");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Antwoord plaatsen")).click();
		page.getByText("Het antwoord staat op de ideepagina.").waitFor();
		assertFocusIn(page.locator(".more-actions h2"));
	}

	@Test
	void rejecting_leavesTheKeyboardOnTheIdeasTitle_asTheDecisionPanelIsGone() {
		Long id = submittedAndOpened("Een tweede ijsbaan naast de eerste ijsbaan in het park");
		Locator panel = page.locator(".action-panel");

		panel.getByText("Afwijzen", new Locator.GetByTextOptions().setExact(true)).click();
		panel.getByLabel("Bericht aan de indiener")
			.fill("Er is al een ijsbaan in het park. Een tweede past er niet naast.");
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		page.locator(".status-badge").getByText("Afgewezen").waitFor();

		assertFocusIn(page.locator("h1"));
	}

	@Test
	void reasonTemplates_keepTheKeyboardOnTheList_afterSavingCancellingAndDeleting() {
		String title = "Boekenkast " + java.util.UUID.randomUUID().toString().substring(0, 6);
		signInWithPassword("moderator");
		open("moderation/templates");

		Locator create = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe standaardtekst"));
		create.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren")).click();
		assertFocusIn(create);

		create.click();
		page.getByLabel("Titel in het Nederlands").fill(title);
		page.getByLabel("Tekst in het Nederlands").fill("De kast komt in het buurthuis te staan.");
		page.getByLabel("Titel in het Engels").fill(title);
		page.getByLabel("Tekst in het Engels").fill("The cupboard goes into the community centre.");
		checkbox("Nieuwe status (voor iedereen)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		Locator saved = page.locator("li.reason-template h2")
			.getByText(title, new Locator.GetByTextOptions().setExact(true));
		saved.waitFor();
		assertFocusIn(saved);

		Locator edit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewerken: " + title));
		edit.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren")).click();
		assertFocusIn(edit);

		Locator delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen: " + title));
		delete.click();
		Locator question = page.getByRole(AriaRole.ALERTDIALOG);
		assertFocusIn(question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")));
		question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen")).click();
		saved.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		assertFocusIn(page.getByText(java.util.regex.Pattern
			.compile("^(\\d+ standaardteksten|1 standaardtekst|Nog geen standaardteksten)$")));
	}

	@Test
	void itemPage_isAccessible_inBothLanguages_withADialog_andOnAPhone() {
		page.setViewportSize(1280, 900);
		Long id = submittedAndOpened("Een bankje en een prullenbak bij de bushalte");
		Locator panel = page.locator(".action-panel");
		panel.getByText("Publiceren", new Locator.GetByTextOptions().setExact(true)).click();
		page.locator(".action-panel__filing").waitFor();
		page.locator(".shortcut-help").getByText("Sneltoetsen").click();
		waitForVaadin();
		assertAccessible();
		screenshot("moderation-item-1280-nl.png");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tekst aanpassen")).click();
		page.locator(".revision-form").waitFor();
		waitForVaadin();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sluiten")).click();
		waitForVaadin();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
		page.locator(".action-panel").getByText("Publish", new Locator.GetByTextOptions().setExact(true)).click();
		page.locator(".action-panel__filing").waitFor();
		waitForVaadin();
		assertAccessible();
		screenshot("moderation-item-1280-en.png");

		page.setViewportSize(360, 740);
		open(itemInTheWaitingQueue(id));
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		assertThat(page.locator(".moderation-item__actions").boundingBox().y).as("the decisions stack below the idea")
			.isGreaterThan(page.locator(".moderation-item__idea").boundingBox().y);
		assertAccessible();
		screenshot("moderation-item-360.png");
	}

	private void click(Locator target) {
		target.click();
		clicks++;
		waitForVaadin();
	}

	/**
	 * The page records every real press of the mouse button too, so no click the test
	 * forgot goes uncounted (presses, not click events: a click on a label also clicks
	 * its radio button).
	 */
	private void countClicksInThePage() {
		page.evaluate("() => { window.wijkstemClicks = []; document.addEventListener('mousedown', e => {"
				+ " if (e.isTrusted) window.wijkstemClicks.push(e.composedPath()[0].tagName + ' '"
				+ " + (e.composedPath()[0].textContent || '').trim().substring(0, 30)); }, true); }");
	}

	private void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name)).setFullPage(true));
	}

	/** Sent in by Kees, and opened by the moderator from the queue of ideas waiting. */
	private Long submittedAndOpened(String title) {
		Long id = submitted(title);
		signInWithPassword("moderator");
		open(itemInTheWaitingQueue(id));
		return id;
	}

	private static String itemInTheWaitingQueue(Long id) {
		return "moderation/" + id + "?queue=waiting";
	}

	private Long submitted(String title) {
		demo.signIn("kees");
		try {
			return ideas.submit(null, new IdeaDraft(title,
					"Het is hier kaal en grijs. Met bomen, groen en bankjes wordt het een fijne plek voor iedereen in de wijk.",
					PlaceKind.GREEN, null, "", null, null))
				.id();
		}
		finally {
			SignIn.out();
		}
	}

}
