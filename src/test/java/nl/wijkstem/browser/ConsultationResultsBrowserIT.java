package nl.wijkstem.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.AnswerService;
import nl.wijkstem.consultation.Audience;
import nl.wijkstem.consultation.ResidentQuestionnaireFixture;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.TestClock;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of a consultation's journey in a real browser, after it was built and
 * answered: a moderator reads the open answers in the queue (shows one without the
 * personal data in it, hides another), follows the results on the staff page, downloads
 * every answer and publishes what the bureau does with them, linked to an idea; then a
 * visitor who is not signed in reads the outcome and the results, where only the map's
 * cells with enough residents and only the texts a moderator showed appear. Every page
 * passes axe, in Dutch and English, and fits a phone's screen.
 */
class ConsultationResultsBrowserIT extends BrowserTest {

	/** Where six residents put their pin: one cell of the map's grid. */
	private static final double[] BUSY = { 51.913, 4.313 };

	/** A pin of its own, some 700 metres away. */
	private static final double[] LONE = { 51.910, 4.320 };

	private static final String PERSONAL = "Bel me gerust op 06-12345678, groeten van Jan de Wit. "
			+ "Het pad achter de sporthal is 's avonds pikdonker.";

	private static final String REDACTED = "Het pad achter de sporthal is 's avonds pikdonker.";

	private static final String RUDE = "De mensen op nummer 14 zijn tuig, die moeten de wijk uit.";

	private static final String UNREAD = "Meer licht bij de bushalte aan de Reigerlaan graag.";

	private static final String OUTCOME = "Zes bewoners wezen hetzelfde stuk van de wijk aan. "
			+ "Daar komen in het voorjaar extra lantaarnpalen.";

	@Autowired
	ApplicationContext application;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AnswerService answering;

	@Autowired
	FiledIdeas ideas;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** The table with this caption, by its rows. */
	private Locator rows(String caption) {
		return page
			.locator("table.consultation-results__table",
					new Page.LocatorOptions()
						.setHas(page.locator("caption", new Page.LocatorOptions().setHasText(caption))))
			.locator("tbody tr");
	}

	/**
	 * An anonymous consultation that was open three days ago, answered then by seven new
	 * residents (each signed in through the municipality), and whose results came out a
	 * day ago.
	 */
	private ResidentQuestionnaireFixture.Made answered() {
		Instant now = clock.instant();
		ResidentQuestionnaireFixture.Made made = ResidentQuestionnaireFixture.make(application,
				now.minus(Duration.ofDays(3)).minus(Duration.ofHours(1)), now.minus(Duration.ofDays(2)),
				now.minus(Duration.ofDays(1)), Audience.SIGNED_IN, true);
		// three days back, while it was open: the answers are also older than any other
		// test's, so they head the moderators' queue
		clock.moveBy(Duration.ofDays(-3));
		answer(made, 0, BUSY, PERSONAL);
		answer(made, 0, BUSY, RUDE);
		answer(made, 0, BUSY, UNREAD);
		answer(made, 0, BUSY, null);
		answer(made, 1, BUSY, null);
		answer(made, 1, BUSY, null);
		answer(made, 2, LONE, null);
		clock.moveBy(Duration.ofDays(3));
		return made;
	}

	private void answer(ResidentQuestionnaireFixture.Made made, int travel, double[] pin, String text) {
		List<AnswerInput> answers = new java.util.ArrayList<>(
				List.of(new AnswerInput(made.travel(), List.of(made.travelOptions().get(travel)), null, null, null),
						new AnswerInput(made.place(), null, null, null,
								List.of(new AnswerInput.PlaceAnswer(pin[0], pin[1], null, null)))));
		if (text != null) {
			answers.add(new AnswerInput(made.longText(), null, null, text, null));
		}
		ResidencyTestSupport.as(() -> ResidencyTestSupport.signInAsNewResident(events, "Bewoner", Map.of()), () -> {
			answering.submit(made.id(), answers);
			return null;
		});
	}

	/** A public idea for the outcome to link to. */
	private FiledIdea anIdea() {
		return jdbc.queryForList("select id from idea where hidden = false order by id", Long.class)
			.stream()
			.map(ideas::publicIdea)
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void moderator_reviewsAnswers_downloadsThemAndPublishesTheOutcome_aVisitorReadsTheResults() throws IOException {
		ResidentQuestionnaireFixture.Made made = answered();
		FiledIdea idea = anIdea();

		// the queue: one answer shown without the personal data in it, one hidden
		signInWithPassword("moderator");
		open("moderation");
		page.getByRole(AriaRole.RADIO,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Antwoorden uit raadplegingen")))
			.check();
		waitForVaadin();
		Locator personal = page.locator(".answer-card", new Page.LocatorOptions().setHasText("06-12345678"));
		assertThat(personal).containsText("Vraag: Wil je nog iets zeggen?");
		personal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tonen zonder persoonsgegevens"))
			.click();
		Locator shownText = personal.getByLabel("Tekst die bewoners zien");
		assertThat(shownText).hasValue(PERSONAL);
		assertAccessible();
		shownText.fill(REDACTED);
		personal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze tekst tonen")).click();
		waitForVaadin();
		assertThat(personal).hasCount(0);

		Locator rude = page.locator(".answer-card", new Page.LocatorOptions().setHasText(RUDE));
		rude.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verbergen").setExact(true)).click();
		rude.getByLabel("Waarom verberg je het? (niet verplicht)").fill("Scheldt buren uit");
		assertAccessible();
		rude.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Antwoord verbergen")).click();
		waitForVaadin();
		assertThat(rude).hasCount(0);
		assertThat(page.locator(".answer-card", new Page.LocatorOptions().setHasText(UNREAD))).hasCount(1);
		assertThat(jdbc.queryForList("""
				select a.review from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.question_id = ? order by a.review""", String.class, made.id(),
				made.longText()))
			.containsExactly("HIDDEN", "PENDING", "SHOWN");

		// the staff page, from the editor
		open("beheer/raadplegingen/bewerken/" + made.id());
		link("Resultaten, antwoorden downloaden en wat we ermee doen").click();
		page.waitForURL(url -> url.endsWith("beheer/raadplegingen/" + made.id() + "/resultaten"));
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Resultaten: " + made.titleNl());
		assertThat(page.locator(".consultation-results")).containsText("7 bewoners deden mee.");
		Locator travel = rows("Antwoorden op: Hoe ga je meestal door de wijk?");
		assertThat(travel).hasCount(3);
		assertThat(travel.nth(0).locator("th, td")).hasText(new String[] { "Lopend", "4", "57%" });
		assertThat(travel.nth(1).locator("th, td")).hasText(new String[] { "Op de fiets", "2", "29%" });
		assertThat(travel.nth(2).locator("th, td")).hasText(new String[] { "Met de auto", "1", "14%" });
		assertAccessible();

		Download download = page.waitForDownload(() -> link("Download alle antwoorden (CSV)").click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		List<CSVRecord> lines = CsvReading.rows(csv);
		// a header and one row per response; nothing about accounts or times
		assertThat(lines).hasSize(1 + 7);
		List<String> header = lines.getFirst().toList();
		assertThat(header).startsWith("Antwoord", "Op papier of bewonersavond", "1. Hoe ga je meestal door de wijk?");
		assertThat(header).doesNotContain("Accountnummer", "Naam", "Tijd (op het uur)");
		assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.size()).isEqualTo(header.size()));
		assertThat(csv).contains(REDACTED, "[verborgen door moderator]", UNREAD)
			.doesNotContain("06-12345678", RUDE, "Bewoner");
		assertThat(download.suggestedFilename()).endsWith(".csv");

		// the outcome, linked to an idea by pasting its address
		assertThat(page.locator(".outcome-form h2")).hasText("Wat doet het programmabureau met de uitkomsten?");
		assertThat(page.locator(".consultation-results-admin h2"))
			.hasText(new String[] { "Uitkomsten", "Wat doet het programmabureau met de uitkomsten?" });
		page.getByLabel("Tekst in het Nederlands").fill(OUTCOME);
		page.getByLabel("Nummer of adres van de pagina").fill(url("ideas/" + idea.id()));
		button("Koppeling toevoegen").click();
		waitForVaadin();
		assertThat(page.locator(".outcome-form__links li")).containsText("Idee: " + idea.title());
		assertAccessible();
		button("Publiceren").click();
		waitForVaadin();
		assertThat(page.locator(".outcome-form")).containsText("Gepubliceerd op");
		assertThat(button("Wijziging opslaan")).isVisible();
		assertAccessible();
		assertAccessibleOnAPhone();
		screenshotsForTheTeam("consultation-staff-results");
		button("English").click();
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Results: " + made.titleEn());
		assertAccessible();

		// a visitor who is not signed in
		BrowserContext visitor = newContext();
		try {
			continueIn(visitor);
			open("raadplegingen/" + made.id());
			Locator outcome = page.locator(".consultation-outcome");
			assertThat(outcome.locator("h2")).hasText("Wat doen we met de uitkomsten?");
			assertThat(outcome).containsText(OUTCOME);
			Locator ideaLink = outcome.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(idea.title()));
			assertThat(ideaLink).isVisible();
			assertThat(ideaLink.evaluate("link => new URL(link.href).pathname")).isEqualTo("/ideas/" + idea.id());

			Locator results = page.locator(".consultation-results");
			assertThat(results).containsText("7 bewoners deden mee.");
			assertThat(results).not().containsText("tussenstand");
			Locator walkers = rows("Antwoorden op: Hoe ga je meestal door de wijk?");
			assertThat(walkers.nth(0).locator("th, td")).hasText(new String[] { "Lopend", "4", "57%" });
			assertThat(walkers.nth(2).locator("th, td")).hasText(new String[] { "Met de auto", "1", "14%" });
			// the busy cell with its six residents, the lone pin only counted
			assertThat(results).containsText("Er zijn 7 plekken aangewezen op de kaart.");
			assertThat(results).containsText("1 plek ligt in een vak waar minder dan 5 bewoners een plek aanwezen.");
			Locator cells = rows("Plekken per vak bij: Waar voel je je 's avonds niet veilig?");
			assertThat(cells).hasCount(1);
			assertThat(cells.first().locator("td.figure-table__number")).hasText(new String[] { "6", "6" });
			// only the text a moderator showed, as they left it
			Locator texts = page.locator(".consultation-results__texts li");
			assertThat(texts).hasText(new String[] { REDACTED });
			assertThat(results).not().containsText("06-12345678");
			assertThat(results).not().containsText(RUDE);
			assertThat(results).not().containsText(UNREAD);
			assertAccessible();
			// on a phone the wider tables scroll sideways in their own box
			assertAccessibleOnAPhone();
			screenshotsForTheTeam("consultation-results");

			button("English").click();
			waitForVaadin();
			assertThat(outcome.locator("h2")).hasText("What do we do with the results?");
			// written in Dutch only: marked so, for a screen reader to read it as Dutch
			assertThat(outcome.locator(".consultation-outcome__text")).hasAttribute("lang", "nl");
			assertThat(rows("Answers to: How do you usually get around the neighbourhood?").first().locator("th, td"))
				.hasText(new String[] { "On foot", "4", "57%" });
			assertAccessible();
			screenshotsForTheTeam("consultation-results-en");
		}
		finally {
			visitor.close();
		}
	}

	/** The axe check at a phone's width, then back to a desktop's. */
	private void assertAccessibleOnAPhone() {
		page.setViewportSize(360, 800);
		waitForVaadin();
		assertAccessible();
		page.setViewportSize(1280, 720);
	}

}
