package nl.wijkstem.browser;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestRounds;
import nl.wijkstem.voting.RoundService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea form and the ballot as a resident meets them on a phone and a desktop: a
 * hint's support button that counts at the first click, hints in sight while typing, a
 * refused submission that shows its message, drafts to go on with, and a ballot whose
 * items can be read without losing the choices.
 */
class ResidentFormsBrowserIT extends BrowserTest {

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void theFirstClickOnAHintsSupportButton_counts_whileTheTitleFieldHasFocus() {
		String title = "Een waterspeelplaats bij de Zwanensingel " + IdeaFixture.unique();
		Long idea = published(title);
		signInWithPassword("kees");
		open("ideas/new?concept=nieuw");

		Locator field = page.getByLabel("Je idee in één zin");
		field.fill("Een waterspeelplaats bij de Zwanensingel");
		Locator hint = page.locator(".similar-ideas__item").filter(new Locator.FilterOptions().setHasText(title));
		hint.waitFor();
		waitForVaadin();
		assertThat(field).isFocused();
		String countBefore = hint.locator(".similar-ideas__meta").innerText();

		// a real click: the mouse-down takes the focus from the field, which saves the
		// draft and looks for similar ideas again before the click arrives
		hint.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Steun dit idee")).click();

		hint.getByText("Je steunt dit idee.").waitFor();
		assertThat(supports(idea)).isEqualTo(1);
		assertThat(number(hint.locator(".similar-ideas__meta").innerText())).isEqualTo(number(countBefore) + 1);
		assertAccessible();
	}

	@Test
	void onAPhone_theHintsFollowTheTitle_andARefusedSubmissionShowsItsMessage() {
		page.setViewportSize(360, 740);
		signInWithPassword("fatima");
		open("ideas/new?concept=nieuw");

		Locator field = page.getByLabel("Je idee in één zin");
		field.fill("Lantaarnpalen langs de Krabbeplas");
		Locator hints = page.locator(".similar-ideas");
		hints.getByText("Meer licht op het pad langs de Krabbeplas").waitFor();
		BoundingBox title = page.locator("vaadin-text-field").first().boundingBox();
		BoundingBox panel = hints.boundingBox();
		assertThat(panel.y - (title.y + title.height)).as("hints below the title field, in px")
			.isBetween(0.0, 740.0 * 0.75);
		assertThat(page.locator(".similar-ideas__status").getAttribute("aria-live")).isEqualTo("polite");
		assertThat(field).isFocused();
		screenshots("propose-hints");

		page.setViewportSize(360, 740);
		field.fill("Licht");
		Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee insturen"));
		send.scrollIntoViewIfNeeded();
		send.click();

		Locator error = page.locator(".form-error");
		error.waitFor();
		page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('form-error')");
		page.waitForFunction("() => { const r = document.querySelector('.form-error').getBoundingClientRect();"
				+ " return r.top >= 0 && r.bottom <= window.innerHeight; }");
		assertThat(error).containsText("Je idee is nog niet ingestuurd.");
		assertAccessible();
	}

	@Test
	void theFormGoesOnWithTheDraft_andItCanBeDeleted() {
		signInWithPassword("kees");
		open("ideas/new?concept=nieuw");
		page.getByLabel("Je idee in één zin").fill("Een kruidentuin op het dak van het wijkcentrum");
		page.getByLabel("Je idee in één zin").blur();
		page.locator(".save-status").getByText("Concept opgeslagen om").waitFor();

		open("my/ideas");
		assertThat(
				page.getByRole(AriaRole.BUTTON,
						new Page.GetByRoleOptions()
							.setName("Concept verwijderen: Een kruidentuin op het dak van het wijkcentrum")))
			.isVisible();
		assertAccessible();
		screenshots("my-ideas-draft");
		open("ideas/new");

		assertThat(page.getByLabel("Je idee in één zin")).hasValue("Een kruidentuin op het dak van het wijkcentrum");
		assertThat(page.locator(".draft-continue")).containsText("Je gaat verder met je concept van");
		assertAccessible();
		screenshots("propose-draft");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept verwijderen")).click();
		// the question starts on the safe answer
		assertFocusIn(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nee, bewaren")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijderen")).click();
		page.waitForURL(url("ideas/new?concept=nieuw"));
		waitForVaadin();
		assertThat(page.getByLabel("Je idee in één zin")).hasValue("");
		// the button is gone with the old form: the new form starts at its first field
		assertFocusIn(page.getByLabel("Je idee in één zin"));
		assertThat(jdbc.queryForObject("select count(*) from idea where title = ?", Long.class,
				"Een kruidentuin op het dak van het wijkcentrum"))
			.isZero();
	}

	@Test
	void readingABallotItem_andLeavingAndReloading_keepTheChoices_untilSigningOut() {
		String unique = IdeaFixture.unique();
		String bench = "Bank bij de vijver " + unique;
		String light = "Licht op het pad " + unique;
		Long benchId = published(bench);
		Long lightId = published(light);
		demo.signIn("beheerder");
		Long round = rounds.create(
				TestRounds.budget(clock.instant(), "Buurtbudget " + unique, "Neighbourhood budget " + unique, 50_000L));
		rounds.addIdea(round, benchId, 20_000L);
		rounds.addIdea(round, lightId, 25_000L);
		SignIn.out();
		clock.moveBy(Duration.ofHours(2));
		demo.verifiedInPerson("fatima");
		signInWithPassword("fatima");
		open("vote/" + round);
		checkbox(bench + " (€ 20.000)").check();
		checkbox(light + " (€ 25.000)").check();
		waitForVaadin();

		Locator more = page.locator(".ballot__more").filter(new Locator.FilterOptions().setHasText(bench));
		more.click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(bench))).isVisible();
		assertThat(dialog).containsText("Kosten: € 20.000");
		assertThat(dialog).containsText("Een voorstel om te lezen voordat je kiest");
		assertAccessible();
		screenshots("ballot-details");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
		assertThat(dialog).isHidden();
		assertThat(more).isFocused();
		assertThat(checkbox(bench + " (€ 20.000)")).isChecked();
		assertThat(checkbox(light + " (€ 25.000)")).isChecked();

		checkbox(light + " (€ 25.000)").uncheck();
		waitForVaadin();
		open("ideas");
		page.goBack();
		waitForVaadin();
		assertThat(checkbox(bench + " (€ 20.000)")).isChecked();
		assertThat(checkbox(light + " (€ 25.000)")).not().isChecked();

		page.reload();
		waitForVaadin();
		assertThat(checkbox(bench + " (€ 20.000)")).isChecked();
		assertThat(checkbox(light + " (€ 25.000)")).not().isChecked();

		signOut();
		signInWithPassword("fatima");
		open("vote/" + round);
		assertThat(checkbox(bench + " (€ 20.000)")).not().isChecked();
		assertThat(checkbox(light + " (€ 25.000)")).not().isChecked();
	}

	private Long published(String title) {
		return fixture.sentInAndPublished("fatima",
				new IdeaDraft(title,
						"Een voorstel om te lezen voordat je kiest, met genoeg woorden om het te begrijpen.",
						PlaceKind.STREET, null, "Reigerlaan", null, null));
	}

	private int supports(Long idea) {
		return demo.as("kees", () -> publicIdeas.idea(idea, Languages.DUTCH).orElseThrow().supportedByMe() ? 1 : 0);
	}

	private static int number(String text) {
		if (!text.matches("(?s).*\\d.*")) {
			// "nog geen steun"
			return 0;
		}
		return Integer.parseInt(text.replaceAll("^\\D*(\\d+).*$", "$1"));
	}

}
