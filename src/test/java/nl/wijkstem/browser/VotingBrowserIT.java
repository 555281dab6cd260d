package nl.wijkstem.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.TestRounds;
import nl.wijkstem.voting.ResultsService;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.SharesVariant;
import nl.wijkstem.voting.TieBreak;
import nl.wijkstem.voting.VotingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The voting journey in a real browser: an administrator sets up a budget round and puts
 * ideas on its ballot; a verified demo resident casts a budget ballot and changes it;
 * after closing, the results page shows the winners under both rules with a chart, a
 * table and a CSV download. Every page passes axe.
 */
class VotingBrowserIT extends BrowserTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	ResultsService results;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	VotingService voting;

	@Autowired
	RoundService rounds;

	@Autowired
	GroupService groups;

	@Autowired
	DemoUsers demo;

	private String publishedIdea(String title) {
		fixture.sentInAndPublished("fatima",
				new IdeaDraft(title,
						"Een voorstel om in de browser op te stemmen, met genoeg woorden om het te begrijpen.",
						PlaceKind.STREET, null, "Reigerlaan", null, null));
		return title;
	}

	/** A verified resident casts this ballot, in the service as the ballot page does. */
	private void votes(String resident, Long round, Long item) {
		demo.verifiedInPerson(resident);
		demo.run(resident, () -> voting.cast(round, Set.of(item)));
	}

	/**
	 * A verified resident signs in with the password form and opens the round's ballot.
	 */
	private void openTheBallotAs(String resident, Long round) {
		demo.verifiedInPerson(resident);
		signInWithPassword(resident);
		open("vote/" + round);
	}

	@Test
	void budgetRound_setUp_votedAndChanged_thenResultsUnderBothRules() throws Exception {
		long unique = System.nanoTime() % 100_000;
		String alpha = publishedIdea("Browserstem speelplein " + unique);
		String beta = publishedIdea("Browserstem fietsenstalling " + unique);
		String gamma = publishedIdea("Browserstem bloembakken " + unique);

		signInWithPassword("beheerder");
		open("admin/round");
		page.getByLabel("Titel (Nederlands)").fill("Browserbudget " + unique);
		page.getByLabel("Titel (Engels)").fill("Browser budget " + unique);
		page.getByLabel("Uitleg (Nederlands)").fill("Kies de ideeën die je het belangrijkst vindt, binnen het budget.");
		page.getByLabel("Uitleg (Engels)").fill("Choose the ideas you find most important, within the budget.");
		// a new budget round counts as cities do unless another rule is chosen; this
		// journey's winners are worked out by number of supporters
		assertThat(page.getByRole(AriaRole.RADIO,
				new Page.GetByRoleOptions().setName("Gelijke Delen, zoals steden in Nederland en Polen het doen")))
			.isChecked();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Gelijke Delen naar aantal stemmers"))
			.check();
		assertAccessible();
		screenshots("round-form-counting");
		button("Opslaan").click();
		page.waitForURL(url -> url.contains("moderation/ballot/"));
		waitForVaadin();
		Long roundId = Long.valueOf(page.url().replaceAll(".*/", ""));
		for (String[] idea : new String[][] { { alpha, "60000" }, { beta, "50000" }, { gamma, "40000" } }) {
			page.getByLabel("Geschatte kosten in euro van " + idea[0]).fill(idea[1]);
			button("Op de stemlijst zetten: " + idea[0]).click();
			waitForVaadin();
		}
		assertThat(page.getByText("Op de stemlijst (3)")).isVisible();
		assertAccessible();
		// the idea page links to the vote from within its status line
		open("ideas/" + jdbc.queryForObject("select id from idea where title = ?", Long.class, alpha));
		assertThat(page.locator(".idea-vote-link")).hasText("Stem mee");
		// a link in a line of text is underlined, not told apart by colour alone
		assertThat(page.locator(".idea-vote-link")).hasCSS("text-decoration-line", "underline");
		assertAccessible();
		signOut();

		clock.moveBy(Duration.ofDays(9));
		openTheBallotAs("kees", roundId);
		assertThat(page.locator(".vote-standing"))
			.containsText("We kiezen de ideeën met de methode Gelijke Delen naar aantal stemmers.");
		assertThat(page.locator(".vote-standing")).containsText("Een goedkoop idee met veel stemmen gaat dus voor.");
		checkbox(alpha + " (€ 60.000)").check();
		checkbox(gamma + " (€ 40.000)").check();
		waitForVaadin();
		assertThat(page.locator(".ballot__tally")).hasText("Nog te besteden: € 0 van € 100.000.");
		button("Stem opslaan").click();
		assertThat(page.locator(".ballot__confirmation")).containsText("Je stem is opgeslagen op");
		checkbox(alpha + " (€ 60.000)").uncheck();
		checkbox(beta + " (€ 50.000)").check();
		waitForVaadin();
		assertThat(page.locator(".ballot__tally")).hasText("Nog te besteden: € 10.000 van € 100.000.");
		button("Stem opslaan").click();
		assertThat(page.locator(".ballot__confirmation")).containsText("Samen kost dit € 90.000 van de € 100.000.");
		assertAccessible();
		open("vote/" + roundId);
		assertThat(checkbox(beta + " (€ 50.000)")).isChecked();
		assertThat(checkbox(alpha + " (€ 60.000)")).not().isChecked();
		assertThat(page.locator(".ballot__confirmation")).containsText("Je hebt gestemd.");
		Long alphaItem = jdbc.queryForObject(
				"select b.id from ballot_item b join idea i on i.id = b.idea_id where b.round_id = ? and i.title = ?",
				Long.class, roundId, alpha);
		votes("fatima", roundId, alphaItem);

		clock.moveBy(Duration.ofDays(15));
		// what the scheduled job does when the results moment has passed
		results.publishDue();
		// fifteen days without a click end any sign-in (IdleSessionFilter)
		signInWithPassword("kees");
		open("vote/" + roundId + "/results");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Gekozen ideeën (methode Gelijke Delen, deze beslist)")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Ter vergelijking: de keuze met meeste stemmen eerst")))
			.isVisible();
		// both rules choose the 60.000 and the 40.000 idea: Kees alone cannot pay the
		// 50.000 after his 40.000; Fatima's 60.000 comes in by the completion
		assertThat(page.locator(".results-winners"))
			.containsText("Deze ideeën zijn gekozen met Gelijke Delen naar aantal stemmers.");
		assertThat(page.locator(".results-how")).containsText("Gelijke Delen naar aantal stemmers: we verdelen");
		assertThat(page.locator(".results-winners__list").first()).containsText(alpha);
		assertThat(page.locator(".results-winners__list").first()).containsText(gamma);
		assertThat(page.locator(".results-winners__list").first()).not().containsText(beta);
		assertThat(page.locator(".results-table tbody tr")).hasCount(3);
		// how a tie in price is settled, then a tie in votes, where residents read the
		// rules
		assertThat(page.locator(".results-how")).containsText(
				"Kost een idee voor ieder evenveel als een ander idee? Dan gaat het idee met de meeste stemmen voor.");
		assertThat(page.locator(".results-how")).containsText("Hebben ideeën evenveel stemmen?");
		// each row is named by its idea, which a screen reader says with every figure
		assertThat(page.locator(".results-table tbody th[scope=row]").allInnerTexts()).containsExactlyInAnyOrder(alpha,
				beta, gamma);
		// the chart tells a chosen bar from another in words and by a pattern, not by
		// colour alone
		assertThat(page.evaluate("""
				() => {
				  const data = document.querySelector('.results-chart canvas').wijkstemChart.data;
				  return data.labels.map((label, i) => label + ' | '
				      + (data.datasets[0].backgroundColor[i] instanceof CanvasPattern ? 'stripes' : 'solid'));
				}""")).asInstanceOf(LIST)
			.containsExactlyInAnyOrder(alpha + " (gekozen) | solid", gamma + " (gekozen) | solid", beta + " | stripes");
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download de uitslag (CSV)"))
					.click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Plaats\";\"Idee\";\"Nummer van het idee\";\"Kosten\";\"Stemmen\"")
			.contains("\"Gekozen (Gelijke Delen naar aantal stemmers)\"")
			.contains(alpha)
			.contains(gamma);
		assertThat(jdbc.queryForObject("select status from idea where title = ?", String.class, alpha))
			.isEqualTo("CHOSEN");
		screenshots("results-by-supporters");
		assertAccessible();
		button("English").click();
		waitForVaadin();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Chosen ideas (Method of Equal Shares, which decides)")))
			.isVisible();
		assertAccessible();
	}

	@Test
	void citiesRound_saysOnItsPagesHowEqualSharesAsCitiesUseItDecides() {
		String unique = IdeaFixture.unique();
		Long goal = fixture.goals().get(1).id();
		String square = "Speelplein in de stedenronde " + unique;
		String benches = "Bankjes in de stedenronde " + unique;
		Long squareId = fixture.published(square, goal);
		Long benchesId = fixture.published(benches, goal);
		demo.signIn("beheerder");
		Long round = rounds.create(TestRounds.budget(clock.instant(), "Stedenbudget " + unique,
				"Cities budget " + unique, 50_000L, SharesVariant.COST_ADD1, TieBreak.LOWER_COST));
		Long squareItem = rounds.addIdea(round, squareId, 30_000L);
		rounds.addIdea(round, benchesId, 10_000L);
		clock.moveBy(Duration.ofHours(2));
		votes("fatima", round, squareItem);

		signInWithPassword("kees");
		open("vote/" + round);
		assertThat(page.locator(".vote-standing")).containsText(
				"We kiezen de ideeën met de methode Gelijke Delen, zoals steden in Nederland en Polen het doen.");
		assertThat(page.locator(".vote-standing")).containsText(
				"Betalen de stemmers van twee ideeën ieder een even groot deel van de prijs? Dan gaat het idee met de"
						+ " meeste stemmen voor. Hebben ze ook evenveel stemmen? Dan gaat het goedkopere idee voor.");
		assertAccessible();
		signOut();

		clock.moveBy(Duration.ofDays(2));
		results.publishDue();
		signInWithPassword("kees");
		open("vote/" + round + "/results");
		assertThat(page.locator(".results-winners"))
			.containsText("Deze ideeën zijn gekozen met Gelijke Delen, zoals steden in Nederland en Polen het doen.");
		assertThat(page.locator(".results-how")).containsText("Dan geven we ieder 1 euro meer");
		assertThat(page.locator(".results-table thead")).containsText("Gekozen (Gelijke Delen, zoals steden het doen)");
		screenshots("results-cities");
		assertAccessible();
		button("English").click();
		waitForVaadin();
		assertThat(page.locator(".results-winners"))
			.containsText("These ideas were chosen by Equal Shares, as cities in the Netherlands and Poland use it.");
		assertAccessible();
	}

	@Test
	void groupOfIdeas_goesOnTheBallot_andIsVotedForAsOneChoice() {
		String unique = IdeaFixture.unique();
		Long goal = fixture.goals().get(2).id();
		String trees = "Bomen in de browserstraat " + unique;
		String flowers = "Bloemen in de browserstraat " + unique;
		Long treesId = fixture.published(trees, goal);
		Long flowersId = fixture.published(flowers, goal);
		String name = "Groene browserstraat " + unique;
		demo.signIn("moderator");
		Long group = groups.create(goal, name, "Bomen en bloemen maken de straat groener.");
		groups.moveIdea(treesId, null, group);
		groups.moveIdea(flowersId, null, group);
		demo.signIn("beheerder");
		Long round = rounds
			.create(TestRounds.budget(clock.instant(), "Groenbudget " + unique, "Green budget " + unique, 50_000L));
		SignIn.out();

		signInWithPassword("moderator");
		open("moderation/ballot/" + round);
		page.getByLabel("Geschatte kosten in euro van " + name).fill("30000");
		button("Op de stemlijst zetten: " + name).click();
		String title = name + " (bundel van 2 ideeën)";
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertAccessible();
		signOut();

		clock.moveBy(Duration.ofHours(2));
		openTheBallotAs("kees", round);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(trees))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(flowers))).isVisible();
		checkbox(title + " (€ 30.000)").check();
		waitForVaadin();
		assertThat(page.locator(".ballot__tally")).hasText("Nog te besteden: € 20.000 van € 50.000.");
		button("Stem opslaan").click();
		assertThat(page.locator(".ballot__confirmation")).containsText("Je koos: " + name);
		assertAccessible();
	}

	@Test
	void choicesNotYetSaved_surviveARestartAndSigningInAgain() {
		String unique = IdeaFixture.unique();
		String bench = publishedIdea("Bank bij de vijver " + unique);
		String light = publishedIdea("Licht op het pad " + unique);
		Long benchId = jdbc.queryForObject("select id from idea where title = ?", Long.class, bench);
		Long lightId = jdbc.queryForObject("select id from idea where title = ?", Long.class, light);
		demo.signIn("beheerder");
		Long round = rounds
			.create(TestRounds.support(clock.instant(), "Kleine keuze " + unique, "Small choice " + unique, 1));
		rounds.addIdea(round, benchId, null);
		rounds.addIdea(round, lightId, null);
		SignIn.out();
		clock.moveBy(Duration.ofHours(2));
		openTheBallotAs("kees", round);
		checkbox(light).check();
		waitForVaadin();

		forgetTheServerSession();
		checkbox(bench).check();
		page.locator(".v-system-error").getByText("Wijkstem is opnieuw gestart").waitFor();
		page.locator(".v-system-error").click();
		page.waitForURL(url("login"));
		submitTheLoginForm("kees");
		page.waitForURL(Pattern.compile(".*/vote/" + round + "(\\?continue)?$"));
		waitForVaadin();

		page.locator(".ballot__restored").getByText("Je keuzes van daarnet staan er weer").waitFor();
		assertThat(checkbox(light)).isChecked();
		assertAccessible();
		button("Stem opslaan").click();
		assertThat(page.locator(".ballot__confirmation")).containsText("Je koos: " + light);
		assertThat(page.locator(".ballot__restored")).isHidden();

		// choices kept but not saved do not stay behind for the next person at the
		// computer
		checkbox(bench).check();
		waitForVaadin();
		signOut();
		assertThat(page.evaluate("() => Object.keys(sessionStorage).filter(k => k.startsWith('wijkstem-')).length"))
			.isEqualTo(0);
	}

}
