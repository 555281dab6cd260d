package nl.wijkstem.consultation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@ApplicationTest
class ConsultationResultsServiceTest {

	@Autowired
	ConsultationResultsService results;

	@Autowired
	ProgrammeService programme;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private ConsultationRows fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsultationRows(JdbcClient.create(jdbc));
	}

	@Test
	void results_countChoices_asPercentagesOfThoseWhoAnsweredTheQuestion() {
		Long consultation = fixtures.withResults("Bankjes", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.SINGLE_CHOICE, "Waar een bankje?");
		Long park = fixtures.option(question, 1, "In het park");
		Long square = fixtures.option(question, 2, "Op het plein");
		Long nowhere = fixtures.option(question, 3, "Nergens");
		Long multiple = fixtures.question(consultation, 2, QuestionKind.MULTIPLE_CHOICE, "Wat nog meer?");
		Long trees = fixtures.option(multiple, 1, "Bomen");
		Long lights = fixtures.option(multiple, 2, "Licht");
		fixtures.chosen(response(consultation, false), question, park);
		UUID both = response(consultation, false);
		fixtures.chosen(both, question, park);
		fixtures.chosen(both, multiple, trees);
		fixtures.chosen(both, multiple, lights);
		UUID collected = response(consultation, true);
		fixtures.chosen(collected, question, square);
		fixtures.chosen(collected, multiple, lights);
		response(consultation, false);

		ConsultationResults counted = results.results(consultation, Languages.DUTCH);

		assertThat(counted.respondents()).isEqualTo(4);
		assertThat(counted.collected()).isEqualTo(1);
		ConsultationResults.QuestionResult single = counted.questions().getFirst();
		assertThat(single.answered()).isEqualTo(3);
		assertThat(single.options()).extracting(ConsultationResults.OptionCount::optionId)
			.containsExactly(park, square, nowhere);
		assertThat(single.options()).extracting(ConsultationResults.OptionCount::count).containsExactly(2, 1, 0);
		assertThat(single.options().get(0).percent()).isCloseTo(66.67, within(0.01));
		assertThat(single.options().get(2).percent()).isZero();
		ConsultationResults.QuestionResult several = counted.questions().get(1);
		assertThat(several.answered()).isEqualTo(2);
		assertThat(several.options()).extracting(ConsultationResults.OptionCount::percent).containsExactly(50.0, 100.0);
	}

	@Test
	void results_orderRankedOptions_byAveragePlace() {
		Long consultation = fixtures.withResults("Activiteiten", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.RANKING, "Wat eerst?");
		Long walk = fixtures.option(question, 1, "Avondwandeling");
		Long cinema = fixtures.option(question, 2, "Buurtbioscoop");
		Long cooking = fixtures.option(question, 3, "Samen koken");
		// cinema: places 1, 1, 3 (average 1.67); cooking: 2, 3, 1 (2.0); walk: 3, 2, 2
		// (2.33)
		ranking(consultation, question, cinema, cooking, walk);
		ranking(consultation, question, cinema, walk, cooking);
		ranking(consultation, question, cooking, walk, cinema);

		ConsultationResults.QuestionResult ranked = results.results(consultation, Languages.DUTCH)
			.questions()
			.getFirst();

		assertThat(ranked.options()).extracting(ConsultationResults.OptionCount::optionId)
			.containsExactly(cinema, cooking, walk);
		assertThat(ranked.options()).extracting(ConsultationResults.OptionCount::count).containsExactly(2, 1, 0);
		assertThat(ranked.options().getFirst().averagePosition()).isCloseTo(5.0 / 3, within(1e-9));
		assertThat(ranked.options().getLast().averagePosition()).isCloseTo(7.0 / 3, within(1e-9));
	}

	@Test
	void results_giveAScale_itsDistributionAndMean() {
		Long consultation = fixtures.withResults("Veiligheid", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.SCALE, "Hoe veilig?", 5, null);
		for (int number : new int[] { 2, 4, 4, 5 }) {
			fixtures.scale(response(consultation, false), question, number);
		}

		ConsultationResults.ScaleFigures scale = results.results(consultation, Languages.DUTCH)
			.questions()
			.getFirst()
			.scale();

		assertThat(scale.counts()).containsExactly(0, 1, 0, 2, 1);
		assertThat(scale.mean()).isEqualTo(3.75);
		assertThat(scale.lowLabel()).isEqualTo("slecht");
	}

	@Test
	void results_showOnlyTextsAModeratorShowed_inTheirShownVersion() {
		Long consultation = fixtures.withResults("Ideeën", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.LONG_TEXT, "Wat mist er?");
		fixtures.text(response(consultation, false), question, "Een speeltuin", "SHOWN", null);
		fixtures.text(response(consultation, false), question, "Bel mij op 06-12345678", "SHOWN",
				"Bel mij op [telefoonnummer]");
		fixtures.text(response(consultation, false), question, "Nog niet gelezen", "PENDING", null);
		fixtures.text(response(consultation, false), question, "Mijn buurman Jan is ...", "HIDDEN", null);

		ConsultationResults.QuestionResult texts = results.results(consultation, Languages.DUTCH)
			.questions()
			.getFirst();

		assertThat(texts.answered()).isEqualTo(4);
		assertThat(texts.texts().count()).isEqualTo(4);
		assertThat(texts.texts().shown()).containsExactlyInAnyOrder("Een speeltuin", "Bel mij op [telefoonnummer]");
	}

	@Test
	void results_showMapCells_onlyWithFiveResidentsOrMore_withTheirShownRemarks() {
		Long consultation = fixtures.withResults("Veilig over straat", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.PLACE, "Waar voel je je onveilig?", null, 3);
		ConsultationResults.Grid grid = AreaGrid.of(programme.boundaryGeoJson());
		int row = grid.rows() / 2;
		int column = grid.columns() / 2;
		// five residents in the busy cell, one of them with a shown and one with a hidden
		// remark
		for (int i = 0; i < 5; i++) {
			UUID response = response(consultation, false);
			fixtures.pin(response, question, latitude(grid, row, 0.2 + i * 0.1), longitude(grid, column, 0.5),
					i == 0 ? "Donker pad" : i == 1 ? "Bij nummer 12 woont ..." : null, i == 0 ? "SHOWN" : "HIDDEN");
		}
		// four residents (six pins) in the quiet cell: not shown, nor its shown remark
		for (int i = 0; i < 4; i++) {
			UUID response = response(consultation, false);
			fixtures.pin(response, question, latitude(grid, row + 2, 0.5), longitude(grid, column + 1, 0.3),
					i == 0 ? "Achter mijn huis" : null, "SHOWN");
			if (i < 2) {
				fixtures.pin(response, question, latitude(grid, row + 2, 0.6), longitude(grid, column + 1, 0.6), null,
						null);
			}
		}
		UUID inWords = response(consultation, false);
		fixtures.words(inWords, question, "Tunnel onder het spoor", "Geen licht", "SHOWN");
		fixtures.words(response(consultation, false), question, "Mijn portiek, Dorpsweg 3", null, "PENDING");

		ConsultationResults counted = results.results(consultation, Languages.DUTCH);
		ConsultationResults.PlaceFigures places = counted.questions().getFirst().places();

		assertThat(places.pins()).isEqualTo(11);
		assertThat(places.hiddenPins()).isEqualTo(6);
		assertThat(places.cells()).singleElement().satisfies(cell -> {
			assertThat(cell.row()).isEqualTo(row);
			assertThat(cell.column()).isEqualTo(column);
			assertThat(cell.pins()).isEqualTo(5);
			assertThat(cell.respondents()).isEqualTo(5);
			assertThat(cell.remarks()).containsExactly("Donker pad");
			assertThat(cell.name()).isEqualTo(AreaGrid.columnLetters(column) + (row + 1));
			assertThat(cell.direction()).isEqualTo("CENTRE");
			assertThat(cell.south()).isLessThan(latitude(grid, row, 0.2)).isGreaterThan(cell.north() - 0.0011);
		});
		assertThat(places.wordsOnly()).isEqualTo(2);
		assertThat(places.shownWords())
			.containsExactly(new ConsultationResults.WordsPlace("Tunnel onder het spoor", "Geen licht"));
		assertThat(counted.grid().cellMetres()).isEqualTo(100);
	}

	@Test
	void results_countACellsResidents_notItsPins() {
		Long consultation = fixtures.withResults("Eén bewoner, veel pinnen", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.PLACE, "Waar?", null, 10);
		ConsultationResults.Grid grid = AreaGrid.of(programme.boundaryGeoJson());
		UUID one = response(consultation, false);
		for (int i = 0; i < 8; i++) {
			fixtures.pin(one, question, latitude(grid, 8, 0.1 + i * 0.1), longitude(grid, 8, 0.5), null, null);
		}

		ConsultationResults.PlaceFigures places = results.results(consultation, Languages.DUTCH)
			.questions()
			.getFirst()
			.places();

		assertThat(places.cells()).isEmpty();
		assertThat(places.hiddenPins()).isEqualTo(8);
	}

	@Test
	void results_beforeTheResultsMoment_areRefused_butStaffSeeThem() {
		Long open = fixtures.open("Nog open", true, clock.instant());
		Long question = fixtures.question(open, 1, QuestionKind.PROPOSAL, "Een bankje?");
		Long yes = fixtures.option(question, 1, "Ja");
		fixtures.chosen(response(open, false), question, yes);
		Long draft = fixtures.unpublished("Concept", clock.instant());

		assertThatThrownBy(() -> results.results(open, Languages.DUTCH)).isInstanceOf(Rejection.class)
			.hasMessageContaining("consultation.error.resultsNotOut");
		assertThatThrownBy(() -> results.results(draft, Languages.DUTCH)).isInstanceOf(Rejection.class)
			.hasMessageContaining("consultation.error.unknown");
		demo.signIn("kees");
		assertThatThrownBy(() -> results.staffResults(open, Languages.DUTCH)).isInstanceOf(AccessDeniedException.class);
		demo.signIn("moderator");
		assertThat(results.staffResults(open, Languages.DUTCH).questions().getFirst().options().getFirst().count())
			.isEqualTo(1);
		assertThat(results.staffResults(draft, Languages.DUTCH).phase()).isEqualTo(ConsultationPhase.DRAFT);
		demo.signIn("beheerder");
		assertThat(results.staffResults(open, Languages.DUTCH).respondents()).isEqualTo(1);
	}

	@Test
	void results_areInTheReadersLanguage() {
		Long consultation = fixtures.withResults("Taal", true, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.SINGLE_CHOICE, "Vraag");
		fixtures.option(question, 1, "Keuze");

		ConsultationResults english = results.results(consultation, Languages.ENGLISH);

		assertThat(english.title()).isEqualTo("Taal (en)");
		assertThat(english.questions().getFirst().text()).isEqualTo("Vraag (en)");
		assertThat(english.questions().getFirst().options().getFirst().label()).isEqualTo("Keuze (en)");
	}

	@Test
	void theDemoPlaygroundConsultation_hasPublishedResults_withCellsOnTheMap() {
		Long playground = jdbc.queryForObject("select id from consultation where title_nl = ?", Long.class,
				DemoConsultations.CLOSED_TITLE);

		ConsultationResults counted = results.results(playground, Languages.DUTCH);

		assertThat(counted.respondents()).isEqualTo(counted.collected()).isPositive();
		ConsultationResults.PlaceFigures places = counted.questions()
			.stream()
			.filter(question -> question.kind() == QuestionKind.PLACE)
			.findFirst()
			.orElseThrow()
			.places();
		assertThat(places.cells()).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.respondents())
				.isGreaterThanOrEqualTo(ConsultationResults.MIN_RESPONDENTS_PER_CELL));
		assertThat(places.cells()).anySatisfy(cell -> assertThat(cell.remarks()).isNotEmpty());
	}

	@Test
	void csv_ofAnAnonymousConsultation_holdsNoAccountData_andEveryKindOfAnswer() throws Exception {
		demo.signIn("kees");
		Long kees = accounts.currentAccountId().orElseThrow();
		Long consultation = fixtures.withResults("Anoniem", true, clock.instant());
		Long choice = fixtures.question(consultation, 1, QuestionKind.MULTIPLE_CHOICE, "Wat?");
		Long trees = fixtures.option(choice, 1, "Bomen");
		Long lights = fixtures.option(choice, 2, "Licht");
		fixtures.question(consultation, 2, QuestionKind.SECTION, "Tweede deel");
		Long ranking = fixtures.question(consultation, 3, QuestionKind.RANKING, "Volgorde?");
		Long first = fixtures.option(ranking, 1, "Wandelen");
		Long second = fixtures.option(ranking, 2, "Koken");
		Long scale = fixtures.question(consultation, 4, QuestionKind.SCALE, "Cijfer?", 10, null);
		Long text = fixtures.question(consultation, 5, QuestionKind.SHORT_TEXT, "Opmerking?");
		Long place = fixtures.question(consultation, 6, QuestionKind.PLACE, "Waar?", null, 2);
		// an anonymous response never has an account; were one linked by mistake, the
		// file
		// would still not show it
		UUID response = fixtures.responseRow(consultation, kees, false, clock.instant());
		fixtures.chosen(response, choice, trees);
		fixtures.chosen(response, choice, lights);
		fixtures.ranked(response, ranking, second, 1);
		fixtures.ranked(response, ranking, first, 2);
		fixtures.scale(response, scale, 7);
		fixtures.text(response, text, "=HYPERLINK(\"http://example.org\")", "PENDING", null);
		fixtures.pin(response, place, 51.912345, 4.312345, "Donker", "SHOWN");
		fixtures.words(response, place, "Bij de bakker", null, null);
		UUID hidden = fixtures.responseRow(consultation, null, true, clock.instant());
		fixtures.text(hidden, text, "Mijn naam is Kees", "HIDDEN", null);

		demo.signIn("moderator");
		String file = file(consultation);
		List<List<String>> rows = rows(file);

		CsvReading.assertNoCellStartsAFormula(CsvReading.lenientCells(',', file));
		CsvReading.assertNoCellStartsAFormula(CsvReading.lenientCells(';', file));
		assertThat(rows.getFirst()).containsExactly("Antwoord", "Op papier of bewonersavond", "1. Wat?", "2. Volgorde?",
				"3. Cijfer?", "4. Opmerking?", "5. Waar?");
		assertThat(rows).hasSize(3);
		List<String> full = rows.stream().filter(row -> row.get(2).startsWith("Bomen")).findFirst().orElseThrow();
		assertThat(full).containsExactly(full.get(0), "nee", "Bomen; Licht", "1. Koken; 2. Wandelen", "7",
				"'=HYPERLINK(\"http://example.org\")", "51.912345, 4.312345 | Donker\nBij de bakker");
		List<String> collected = rows.stream().filter(row -> row.get(1).equals("ja")).findFirst().orElseThrow();
		assertThat(collected.get(5)).isEqualTo("[verborgen door moderator]");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(7).noneMatch(cell -> cell.contains("Kees")));
	}

	@Test
	void csv_ofANamedConsultation_namesWhoAnswered() throws Exception {
		demo.signIn("kees");
		Long kees = accounts.currentAccountId().orElseThrow();
		Long consultation = fixtures.withResults("Op naam", false, clock.instant());
		Long question = fixtures.question(consultation, 1, QuestionKind.PROPOSAL, "Een bankje?");
		Long yes = fixtures.option(question, 1, "Ja");
		fixtures.chosen(fixtures.responseRow(consultation, kees, false, clock.instant()), question, yes);

		demo.signIn("moderator");
		List<List<String>> rows = csv(consultation);

		assertThat(rows.getFirst()).containsExactly("Antwoord", "Op papier of bewonersavond", "Accountnummer", "Naam",
				"Tijd (op het uur)", "1. Een bankje?");
		assertThat(rows.get(1)).startsWith("1", "nee", String.valueOf(kees), "Kees de Vries");
		assertThat(rows.get(1)).endsWith("Ja");
	}

	@Test
	void csv_isForStaffOnly() {
		Long consultation = fixtures.withResults("Alleen staf", true, clock.instant());
		demo.signIn("kees");
		assertThatThrownBy(() -> csv(consultation)).isInstanceOf(AccessDeniedException.class);
	}

	private List<List<String>> csv(Long consultation) throws Exception {
		return rows(file(consultation));
	}

	private String file(Long consultation) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		results.writeAnswers(consultation, out, BundleWords.DUTCH.translator());
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<List<String>> rows(String file) throws Exception {
		return CsvReading.rows(file).stream().map(CSVRecord::toList).toList();
	}

	private UUID response(Long consultation, boolean collected) {
		return fixtures.responseRow(consultation, null, collected, clock.instant());
	}

	private void ranking(Long consultation, Long question, Long... order) {
		UUID response = response(consultation, false);
		for (int i = 0; i < order.length; i++) {
			fixtures.ranked(response, question, order[i], i + 1);
		}
	}

	/** A latitude inside the row: 0 is its northern edge, 1 its southern. */
	private static double latitude(ConsultationResults.Grid grid, int row, double within) {
		return grid.north() - (row + within) * grid.cellLatitude();
	}

	private static double longitude(ConsultationResults.Grid grid, int column, double within) {
		return grid.west() + (column + within) * grid.cellLongitude();
	}

}
