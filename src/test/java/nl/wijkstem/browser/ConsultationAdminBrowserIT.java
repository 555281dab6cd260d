package nl.wijkstem.browser;

import java.io.IOException;
import java.time.Duration;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.wijkstem.consultation.ui.QuestionImages;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator builds a consultation in a real browser: settings (a refusal keeps what was
 * typed and says why at the field), a choice question, a scale and a proposal that is
 * shown only after an earlier answer, a move, the preview (the residents' form),
 * publishing, a paper answer typed in, and then a logged text correction of a frozen
 * question. Every page and the question dialog pass axe, in Dutch and in English, and fit
 * a phone's screen.
 */
class ConsultationAdminBrowserIT extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private Locator dialog() {
		return page.getByRole(AriaRole.DIALOG);
	}

	private Locator field(String label) {
		return dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
	}

	private void choose(String label, String option) {
		dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
		waitForVaadin();
	}

	private void saveQuestion() {
		button("Vraag opslaan").click();
		waitForVaadin();
		assertThat(dialog()).hasCount(0);
	}

	@Test
	void moderator_buildsAConsultationWithSeveralKindsOfQuestions_previewsAndPublishesIt() throws IOException {
		String title = "Veilig over straat " + System.nanoTime() % 100_000;
		// the first response already says what the page will: not for residents, and
		// not found for a consultation that does not exist
		assertThat(HttpVisitor.signedIn(port, "kees").get("beheer/raadplegingen").statusCode()).isEqualTo(403);
		HttpVisitor moderator = HttpVisitor.signedIn(port, "moderator");
		assertThat(moderator.get("beheer/raadplegingen/bewerken/999999999").statusCode()).isEqualTo(404);
		assertThat(moderator.get("beheer/raadplegingen/999999999/voorbeeld").statusCode()).isEqualTo(404);
		assertThat(moderator.get("beheer/raadplegingen/bewerken").statusCode()).isEqualTo(200);
		signInWithPassword("moderator");
		assertThat(navigationItems()).contains("Raadplegingen beheren");
		open("beheer/raadplegingen");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe raadpleging")).click();
		waitForVaadin();

		page.getByLabel("Inleiding (Nederlands)", new Page.GetByLabelOptions().setExact(true))
			.fill("Waar voel jij je 's avonds niet veilig? Vertel het ons.");
		button("Opslaan en vragen toevoegen").click();
		waitForVaadin();
		// the refusal names the field, and what was typed is still there
		assertThat(page.locator("vaadin-text-field[invalid]").first()).containsText("Vul dit in.");
		assertThat(page.getByLabel("Inleiding (Nederlands)", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Waar voel jij je 's avonds niet veilig? Vertel het ons.");
		assertAccessible();
		page.getByLabel("Titel (Nederlands)", new Page.GetByLabelOptions().setExact(true)).fill(title);
		button("Opslaan en vragen toevoegen").click();
		page.waitForURL(url -> url.matches(".*/beheer/raadplegingen/bewerken/\\d+"));
		waitForVaadin();
		Long id = Long.valueOf(page.url().replaceAll(".*/", ""));

		button("Vraag toevoegen").click();
		field("Vraag (Nederlands)").fill("Loop je 's avonds door de wijk?");
		field("Keuze 1 (Nederlands)").fill("Ja, vaak");
		field("Keuze 2 (Nederlands)").fill("Bijna nooit");
		assertAccessible();
		saveQuestion();

		// an image with the first question, checked and served only to staff while a
		// draft
		button("Vraag 1 veranderen").click();
		dialog().locator("vaadin-upload input[type=file]")
			.setInputFiles(new FilePayload("park.png", "image/png", TestImages.png(40, 30)));
		dialog().getByText("park.png is gekozen.", new Locator.GetByTextOptions().setExact(false)).waitFor();
		field("Wat staat er op de afbeelding? (Nederlands)").fill("Een donker pad door het park");
		button("Afbeelding opslaan").click();
		waitForVaadin();
		button("Annuleren").click();
		waitForVaadin();
		Long imageId = jdbc.queryForObject(
				"select image_id from consultation_question where consultation_id = ? and image_id is not null",
				Long.class, id);
		assertThat(anonymously(QuestionImages.url(imageId)).status()).isEqualTo(404);

		button("Vraag toevoegen").click();
		choose("Soort vraag", "Schaal");
		field("Vraag (Nederlands)").fill("Hoe veilig voel je je op straat?");
		field("Tekst bij 1 (Nederlands)").fill("Heel onveilig");
		button("Vraag opslaan").click();
		waitForVaadin();
		// the missing label is named at its field; the dialog stays with what was typed
		assertThat(
				field("Tekst bij het hoogste getal (Nederlands)").locator("xpath=ancestor-or-self::vaadin-text-field"))
			.hasAttribute("invalid", "");
		assertThat(field("Tekst bij 1 (Nederlands)")).hasValue("Heel onveilig");
		field("Tekst bij het hoogste getal (Nederlands)").fill("Heel veilig");
		saveQuestion();

		button("Vraag toevoegen").click();
		choose("Soort vraag", "Voorstel (ja, nee of geen mening)");
		field("Voorstel (Nederlands)").fill("Meer lantaarnpalen in het park");
		choose("Alleen laten zien als", "Vraag 1 (Loop je 's avonds door de wijk?): Ja, vaak");
		assertAccessible();
		screenshotsForTheTeam("staff-question-dialog");
		saveQuestion();

		Locator items = page.locator(".question-list__item");
		assertThat(items).hasCount(3);
		assertThat(items.nth(2)).containsText("Keuzes: Ja, Nee, Geen mening");
		assertThat(items.nth(2)).containsText("Alleen als bij vraag 1 is gekozen: Ja, vaak");
		button("Vraag 3 omhoog").click();
		waitForVaadin();
		assertThat(items.nth(1)).containsText("Meer lantaarnpalen in het park");
		assertThat(jdbc.queryForObject("select count(*) from consultation_question where consultation_id = ?",
				Long.class, id))
			.isEqualTo(3);
		screenshotsForTheTeam("staff-consultation-editor");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk hoe bewoners het zien")).click();
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(page.locator(".questionnaire-text__question")).hasCount(3);
		assertThat(page.locator(".questionnaire img").first()).hasAttribute("alt", "Een donker pad door het park");
		page.waitForFunction("() => document.querySelector('.questionnaire img')?.complete");
		assertThat(page.locator(".questionnaire img").first().evaluate("image => image.naturalWidth")).isEqualTo(40);
		// the residents' own form: the proposal appears after the answer it depends on
		assertThat(page.locator(".questionnaire")).not().containsText("Meer lantaarnpalen in het park");
		radio("Ja, vaak").check();
		waitForVaadin();
		assertThat(page.locator(".questionnaire")).containsText("Meer lantaarnpalen in het park");
		screenshotsForTheTeam("staff-consultation-preview");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de raadpleging")).click();
		waitForVaadin();

		button("Publiceren").click();
		page.getByRole(AriaRole.ALERTDIALOG)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publiceren"))
			.click();
		waitForVaadin();
		assertThat(page.locator(".consultation-editor__status")).containsText("Gepubliceerd, nog niet open");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_type = 'consultation'"
				+ " and subject_id = ? and action_code = 'consultation.publish'", Long.class, id))
			.isEqualTo(1);

		// once open, a paper form is typed in; then the questions are frozen, their
		// texts can still be corrected, and that is logged
		signOut();
		clock.moveBy(Duration.ofDays(2));
		signInWithPassword("moderator");
		open("beheer/raadplegingen/" + id + "/papier");
		radio("Ja, vaak").check();
		waitForVaadin();
		radio("3").check();
		radio("Ja").check();
		assertAccessible();
		button("Antwoord opslaan").click();
		waitForVaadin();
		assertThat(page.getByText("Het antwoord is opgeslagen.", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(jdbc.queryForObject(
				"select count(*) from consultation_response where consultation_id = ? and collected", Long.class, id))
			.isEqualTo(1);
		open("beheer/raadplegingen/bewerken/" + id);
		assertThat(page.locator(".consultation-editor__status")).containsText("Er zijn al antwoorden.");
		assertThat(button("Vraag toevoegen")).hasCount(0);
		button("Tekst van vraag 1 verbeteren").click();
		field("Vraag (Nederlands)").fill("Loop je 's avonds wel eens door de wijk?");
		assertAccessible();
		saveQuestion();
		assertThat(items.first()).containsText("Loop je 's avonds wel eens door de wijk?");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_type = 'consultation'"
				+ " and subject_id = ? and action_code = 'consultation.correctText'", Long.class, id))
			.isEqualTo(1);

		open("beheer/raadplegingen");
		assertThat(page.locator(".card").filter(new Locator.FilterOptions().setHasText(title))).containsText("Open");
		screenshotsForTheTeam("staff-consultations");
		button("English").click();
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Manage consultations")))
			.isVisible();
		assertAccessible();
		open("beheer/raadplegingen/bewerken/" + id);
		assertAccessible();
	}

	/** The answer to a visitor who is not signed in (a browser context of its own). */
	private APIResponse anonymously(String path) {
		try (BrowserContext visitor = newContext()) {
			APIResponse response = visitor.request().get(url(path.substring(1)));
			// read before the context closes
			response.body();
			return response;
		}
	}

}
