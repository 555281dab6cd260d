package nl.wijkstem.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.ResidentQuestionnaireFixture;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents and consultations in a real browser: the list and a page signed out, the
 * refusal for a resident who is not verified, and a resident who answers every kind of
 * question with the keyboard only (Tab, Space, arrow keys, Enter), in Dutch and English,
 * at a phone's width too. Every page passes axe.
 */
class ConsultationBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** Presses Tab until the focus is in the target, as a keyboard user moves on. */
	private void tabTo(Locator target) {
		for (int presses = 0; presses < 80; presses++) {
			if (Boolean.TRUE.equals(target.evaluate(
					"element => element === document.activeElement || element.contains(document.activeElement)"))) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + target + "; the focus is on " + focused());
	}

	@Test
	void signingInFromAConsultation_leadsBackToIt_withTheForm() {
		Long open = jdbc.queryForObject("select id from consultation where title_nl = ?", Long.class,
				"Veilig over straat");
		open("raadplegingen/" + open);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om te antwoorden")).click();
		page.waitForURL(url -> url.contains("login"));
		submitTheLoginForm("kees");

		page.waitForURL(url -> url.endsWith("raadplegingen/" + open));
		waitForVaadin();
		assertThat(page.locator("h1")).hasText("Veilig over straat");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om te antwoorden")))
			.hasCount(0);
	}

	@Test
	void signedOut_seesTheListAndThePage_andIsAskedToSignIn_aResidentNotVerified_isShownTheWay() {
		ResidentQuestionnaireFixture.Made open = ResidentQuestionnaireFixture.open(context, clock.instant(),
				Audience.SIGNED_IN, true);
		ResidentQuestionnaireFixture.Made residents = ResidentQuestionnaireFixture.open(context, clock.instant(),
				Audience.RESIDENTS, false);
		Instant now = clock.instant();
		ResidentQuestionnaireFixture.Made coming = ResidentQuestionnaireFixture.make(context,
				now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9)), now.plus(Duration.ofDays(10)),
				Audience.SIGNED_IN, true);
		ResidentQuestionnaireFixture.Made closed = ResidentQuestionnaireFixture.make(context,
				now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(2)),
				Audience.SIGNED_IN, true);

		open("raadplegingen");
		assertThat(page.locator("section:has(h2:text('Binnenkort'))")).containsText(coming.titleNl());
		assertThat(page.locator("section:has(h2:text('Gesloten'))")).containsText(closed.titleNl());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nu open"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(open.titleNl()))).isVisible();
		assertThat(page.locator(".consultation-card", new Page.LocatorOptions().setHasText(residents.titleNl())))
			.containsText("Alleen voor bewoners van de wijk");
		assertAccessible();
		screenshotsForTheTeam("consultation-list");
		button("English").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open now"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(open.titleEn()))).isVisible();
		assertAccessible();
		button("Nederlands").click();
		waitForVaadin();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(open.titleNl())).click();
		page.waitForURL(url -> url.endsWith("raadplegingen/" + open.id()));
		waitForVaadin();
		assertThat(page.locator(".consultation-facts")).containsText("Je antwoorden zijn anoniem");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om te antwoorden")))
			.isVisible();
		assertAccessible();

		// a new account through the municipality: signed in, not verified as a resident
		open("raadplegingen/" + coming.id());
		assertThat(page.locator(".consultation-answering")).containsText("Je kunt nog niet antwoorden");
		open("raadplegingen/" + closed.id());
		assertThat(page.locator(".consultation-answering")).containsText("Je kunt niet meer antwoorden");
		assertAccessible();
		// the demo's closed consultation, with the bureau's outcome
		open("raadplegingen/" + jdbc.queryForObject("select id from consultation where title_nl = ?", Long.class,
				"Speelplek Marnixplantsoen"));
		assertThat(page.locator(".consultation-outcome")).isVisible();
		assertAccessible();
		screenshotsForTheTeam("consultation-outcome");
		button("English").click();
		assertThat(page.locator(".consultation-outcome h2")).hasText("What do we do with the results?");
		assertAccessible();
		button("Nederlands").click();
		waitForVaadin();

		signInWithTheMunicipality("consultation-" + System.nanoTime(), "Noor van Dijk", Map.of());
		open("raadplegingen/" + residents.id());
		assertThat(page.locator(".consultation-answering .notice")).containsText("Alleen bewoners van de wijk");
		assertThat(page.locator(".consultation-facts"))
			.containsText("Het programmabureau ziet wie wat heeft geantwoord");
		Locator verify = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Laat zien dat je in de wijk woont"));
		assertThat(verify).hasAttribute("href", "verify");
		assertAccessible();
	}

	@Test
	void resident_answersEveryKindOfQuestion_withTheKeyboardOnly() {
		ResidentQuestionnaireFixture.Made made = ResidentQuestionnaireFixture.open(context, clock.instant(),
				Audience.SIGNED_IN, true);
		signInWithPassword("fatima");
		open("raadplegingen/" + made.id());
		assertThat(page.locator(".consultation-answering .notice")).containsText("niet meer veranderen");
		assertAccessible();

		// sending nothing: the required question says so, and the keyboard is there
		page.locator("h1").focus();
		tabTo(button("Antwoorden versturen"));
		page.keyboard().press("Enter");
		Locator travel = page.locator("vaadin-radio-group", new Page.LocatorOptions().setHas(radio("Lopend")));
		assertFocusIn(travel);
		assertThat(travel).hasAttribute("invalid", "");
		assertThat(page.locator(".consultation-answering > .form-error"))
			.containsText("Nog niet alles is goed ingevuld");
		assertAccessible();

		// single choice: Space on the first option, which brings up the question for
		// those who walk
		page.keyboard().press("Space");
		assertThat(radio("Lopend")).isChecked();
		// put right: the message above the form goes
		assertThat(page.locator(".consultation-answering > .form-error")).isHidden();
		Locator route = page.getByLabel("Welke route loop je het vaakst?");
		assertThat(route).isVisible();
		page.keyboard().press("Tab");
		assertFocusIn(route);
		page.keyboard().type("Van het station naar de Reigerlaan");

		// multiple choice: two options by Space
		tabTo(checkbox("Meer licht"));
		page.keyboard().press("Space");
		tabTo(checkbox("Een buurtwacht"));
		page.keyboard().press("Space");

		// scale: to 4 with the arrow keys
		tabTo(radio("1 (helemaal niet veilig)"));
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		assertThat(radio("4")).isChecked();

		// ranking: film night to the top; the focus stays with it and its place is told
		Locator filmUp = button("Omhoog: Filmavond");
		tabTo(filmUp);
		page.keyboard().press("Enter");
		waitForVaadin();
		assertFocusIn(button("Omhoog: Filmavond"));
		assertThat(page.locator(".question--ranking .sr-only")).hasText("Filmavond staat nu op plek 2 van 3.");
		page.keyboard().press("Enter");
		waitForVaadin();
		// at the top its up button is off: the focus went to its down button
		assertFocusIn(button("Omlaag: Filmavond"));
		assertThat(page.locator(".question--ranking .sr-only")).hasText("Filmavond staat nu op plek 1 van 3.");
		assertThat(page.locator(".ranking__label")).hasText(new String[] { "Filmavond", "Buurtborrel", "Sportavond" });
		assertThat(checkbox("Deze volgorde is mijn antwoord")).isChecked();

		// proposal: from yes to no with the arrow key
		tabTo(radio("Ja"));
		page.keyboard().press("Space");
		page.keyboard().press("ArrowDown");
		assertThat(radio("Nee")).isChecked();

		// place: the map by keyboard (moved, then a pin in its middle), and a place in
		// words with a remark
		tabTo(page.locator(".question--place .area-map"));
		page.keyboard().press("ArrowUp");
		tabTo(button("Speld in het midden zetten"));
		page.keyboard().press("Enter");
		assertThat(page.locator(".place__status"))
			.hasText("Plek 1 staat op de kaart. Je kunt er hieronder iets over schrijven.");
		tabTo(page.getByLabel("Of beschrijf de plek in woorden"));
		page.keyboard().type("Het pad achter de sporthal");
		page.keyboard().press("Enter");
		assertThat(page.locator(".place__name"))
			.hasText(new String[] { "Plek 1: een speld op de kaart", "Plek 2: Het pad achter de sporthal" });
		Locator remark = page.getByLabel("Wat wil je over plek 2 zeggen? (niet verplicht)");
		tabTo(remark);
		page.keyboard().type("Er is geen licht");

		// long text, with its counter
		Locator more = page.getByLabel("Wil je nog iets zeggen?");
		tabTo(more);
		page.keyboard().type("Fijn dat jullie het vragen.");
		page.keyboard().press("Tab");
		assertThat(page.locator(".question--long-text .question__counter")).hasText("27 van 2.000 tekens");
		assertAccessible();
		screenshotsForTheTeam("consultation-form");

		// English, with everything typed kept (the draft) and axe at 0 there too
		button("English").click();
		waitForVaadin();
		assertThat(page.getByLabel("Which route do you walk most often?"))
			.hasValue("Van het station naar de Reigerlaan");
		assertThat(page.locator(".ranking__label"))
			.hasText(new String[] { "Film night", "Neighbourhood drinks", "Sports night" });
		assertAccessible();
		screenshotsForTheTeam("consultation-form-en");
		button("Nederlands").click();
		waitForVaadin();

		tabTo(button("Antwoorden versturen"));
		page.keyboard().press("Enter");
		Locator thanks = page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Bedankt voor je antwoorden"));
		assertThat(thanks).isVisible();
		assertFocusIn(thanks);
		assertThat(page.locator(".consultation-thanks")).containsText("In maart lees je hier");
		assertAccessible();
		screenshotsForTheTeam("consultation-thanks");

		assertThat(jdbc.queryForObject("select count(*) from consultation_response where consultation_id = ?",
				Integer.class, made.id()))
			.isEqualTo(1);
		assertThat(jdbc
			.queryForObject(
					"select count(*) from consultation_answer a join consultation_response r on r.id = a.response_id"
							+ " where r.consultation_id = ? and a.question_id = ?",
					Integer.class, made.id(), made.place()))
			.isEqualTo(2);
		open("raadplegingen/" + made.id());
		assertThat(page.locator(".consultation-answering .notice")).containsText("al beantwoord");
	}

	@Test
	void resident_ranksByDragAndDrop_andChangesANamedAnswer() {
		ResidentQuestionnaireFixture.Made made = ResidentQuestionnaireFixture.open(context, clock.instant(),
				Audience.SIGNED_IN, false);
		signInWithPassword("kees");
		open("raadplegingen/" + made.id());
		assertThat(page.locator(".consultation-answering .notice"))
			.containsText("Het programmabureau ziet wie wat heeft geantwoord");
		radio("Lopend").check();
		// the question for those who walk appears above the ranking and moves it down:
		// drag only once it stands still
		assertThat(page.getByLabel("Welke route loop je het vaakst?")).isVisible();
		waitForVaadin();

		Locator items = page.locator(".ranking__item");
		items.filter(new Locator.FilterOptions().setHasText("Sportavond"))
			.dragTo(items.filter(new Locator.FilterOptions().setHasText("Buurtborrel")));
		assertThat(page.locator(".ranking__label")).hasText(new String[] { "Sportavond", "Buurtborrel", "Filmavond" });
		assertThat(page.locator(".question--ranking .sr-only")).hasText("Sportavond staat nu op plek 1 van 3.");
		button("Antwoorden versturen").click();
		assertThat(page.locator(".consultation-thanks")).containsText("Je kunt ze veranderen tot");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Je antwoorden veranderen")).click();
		waitForVaadin();
		assertThat(radio("Lopend")).isChecked();
		assertThat(page.locator(".ranking__label")).hasText(new String[] { "Sportavond", "Buurtborrel", "Filmavond" });
		radio("Op de fiets").check();
		button("Veranderde antwoorden versturen").click();
		assertThat(page.locator(".consultation-thanks")).isVisible();

		assertThat(jdbc.queryForObject(
				"select count(*) from consultation_response where consultation_id = ? and account_id is not null",
				Integer.class, made.id()))
			.isEqualTo(1);
		assertThat(jdbc
			.queryForObject(
					"select o.label_nl from consultation_answer a join consultation_response r on r.id = a.response_id"
							+ " join consultation_option o on o.id = a.option_id"
							+ " where r.consultation_id = ? and a.question_id = ?",
					String.class, made.id(), made.travel()))
			.isEqualTo("Op de fiets");
	}

}
