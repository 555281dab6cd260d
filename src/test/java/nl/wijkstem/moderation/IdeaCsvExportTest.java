package nl.wijkstem.moderation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.SiteAddress;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.DemoUsers;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export of ideas for the programme's reports, read back as a spreadsheet would.
 */
@ApplicationTest
class IdeaCsvExportTest {

	private static final String DESCRIPTION = "Oudere buren willen zitten bij het water.\n-Liefst met een tafel,=1+1 erbij.";

	@Autowired
	IdeaCsvExport export;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	CommentService comments;

	@Autowired
	GroupService groups;

	@Autowired
	SiteAddress site;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	private ProgrammeOverview.Category goal;

	private ProgrammeOverview.Category theme;

	private String title;

	private Long idea;

	private Long duplicate;

	private Long hidden;

	private Long waiting;

	private String groupName;

	@BeforeEach
	void ideasOfEveryKind() {
		goal = fixture.goals().getFirst();
		theme = fixture.themes().getFirst();
		title = "Bankjes bij de Krabbeplas " + IdeaFixture.unique();
		demo.signIn("kees");
		idea = ideas
			.submit(null,
					new IdeaDraft(title, DESCRIPTION, PlaceKind.SQUARE, null, "Bij de steiger", 51.9123456, 4.3150001))
			.id();
		demo.signIn("moderator");
		decisions.decide(idea, fixture.version(idea), ModerationDecision.PUBLISH, "");
		decisions.file(idea, fixture.version(idea), goal.id(), Set.of(theme.id()));
		groupName = "Bankjes " + IdeaFixture.unique();
		groups.moveIdea(idea, null, groups.create(goal.id(), groupName, "Alle ideeën over bankjes bij het water."));
		fixture.supportedBy(idea, "kees", "fatima");
		demo.signIn("fatima");
		comments.comment(idea, null, "Goed plan, ik kom er graag zitten.");
		duplicate = fixture.published("Een bank bij de Krabbeplas " + IdeaFixture.unique(), null);
		hidden = fixture.published("Een verborgen idee " + IdeaFixture.unique(), null);
		waiting = fixture.submitted("Een idee dat nog wacht " + IdeaFixture.unique());
		demo.signIn("moderator");
		moderation.markDuplicate(duplicate, fixture.version(duplicate), idea, "Dit idee staat er al.");
		moderation.hide(hidden, fixture.version(hidden), "Er staat een telefoonnummer in.");
	}

	@Test
	void header_namesEveryColumn_inTheReadersLanguage() throws IOException {
		List<CSVRecord> rows = CsvReading.rows(csv(BundleWords.DUTCH));

		assertThat(rows.getFirst().toList()).containsExactly("Nummer", "Link naar het idee", "Titel", "Beschrijving",
				"Status", "Dubbel van (nummer)", "Dubbel van (link)", "Soort plek", "Plek in woorden",
				"Breedtegraad (WGS84)", "Lengtegraad (WGS84)", "Doel", "Thema's", "Bundel", "Aantal steunbetuigingen",
				"Aantal reacties", "Ingestuurd op", "Gepubliceerd op", "Laatst aangepast op");
	}

	@Test
	void idea_hasItsLink_text_place_coordinates_counts_andMomentsWithTheirOffset() throws IOException {
		Map<String, String> row = rowsById(csv(BundleWords.DUTCH)).get(idea.toString());

		assertThat(row.get("Link naar het idee")).isEqualTo("http://localhost:8080/ideas/" + idea)
			.isEqualTo(site.link("ideas/" + idea));
		assertThat(row.get("Titel")).isEqualTo(title);
		assertThat(row.get("Beschrijving"))
			.isEqualTo("Oudere buren willen zitten bij het water.\n'-Liefst met een tafel,'=1+1 erbij.");
		assertThat(row.get("Status")).isEqualTo("Gepubliceerd");
		assertThat(row.get("Dubbel van (nummer)")).isEmpty();
		assertThat(row.get("Soort plek")).isEqualTo("Plein");
		assertThat(row.get("Plek in woorden")).isEqualTo("Bij de steiger");
		assertThat(row.get("Breedtegraad (WGS84)")).isEqualTo("51,912346");
		assertThat(row.get("Lengtegraad (WGS84)")).isEqualTo("4,315000");
		assertThat(row.get("Doel")).isEqualTo(goal.name());
		assertThat(row.get("Thema's")).isEqualTo(theme.name());
		assertThat(row.get("Bundel")).isEqualTo(groupName);
		assertThat(row.get("Aantal steunbetuigingen")).isEqualTo("2");
		assertThat(row.get("Aantal reacties")).isEqualTo("1");
		for (String moment : List.of("Ingestuurd op", "Gepubliceerd op", "Laatst aangepast op")) {
			OffsetDateTime time = OffsetDateTime.parse(row.get(moment));
			assertThat(row.get(moment)).as(moment).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
			assertThat(time.getOffset()).isEqualTo(DisplayFormats.DUTCH_TIME.getRules().getOffset(time.toInstant()));
		}
		assertThat(OffsetDateTime.parse(row.get("Ingestuurd op")))
			.isBeforeOrEqualTo(OffsetDateTime.parse(row.get("Gepubliceerd op")));
	}

	@Test
	void duplicate_isIncluded_withTheNumberAndLinkOfItsOriginal_hiddenAndWaitingIdeasAreNot() throws IOException {
		Map<String, Map<String, String>> rows = rowsById(csv(BundleWords.DUTCH));

		assertThat(rows.get(duplicate.toString())).containsEntry("Status", "Dubbel idee")
			.containsEntry("Dubbel van (nummer)", idea.toString())
			.containsEntry("Dubbel van (link)", "http://localhost:8080/ideas/" + idea)
			.containsEntry("Link naar het idee", "http://localhost:8080/ideas/" + duplicate);
		assertThat(rows).doesNotContainKeys(hidden.toString(), waiting.toString());
	}

	@Test
	void inEnglish_wordsAndNumbersFollowTheLanguage() throws IOException {
		Map<String, String> row = rowsById(csv(BundleWords.ENGLISH)).get(idea.toString());

		assertThat(row).containsEntry("Kind of place", "Square")
			.containsEntry("Latitude (WGS84)", "51.912346")
			.containsEntry("Status", "Published");
	}

	@Test
	void noCell_startsAFormula_forAReaderThatSplitsOnCommas() throws IOException {
		String csv = csv(BundleWords.DUTCH);

		List<String> cells = CsvReading.lenientCells(',', csv);

		assertThat(String.join("|", cells)).contains("=1+1");
		CsvReading.assertNoCellStartsAFormula(cells);
	}

	private String csv(BundleWords words) throws IOException {
		demo.signIn("moderator");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.write(out, labels(words));
		return out.toString(StandardCharsets.UTF_8);
	}

	static CsvLabels labels(BundleWords words) {
		return CsvLabels.of(key -> words.text(key).orElse(key), words.locale());
	}

	/** The rows by the idea's number, each as column title to value. */
	private static Map<String, Map<String, String>> rowsById(String csv) throws IOException {
		List<CSVRecord> rows = CsvReading.rows(csv);
		List<String> header = rows.getFirst().toList();
		return rows.stream()
			.skip(1)
			.map(CSVRecord::toList)
			.peek(cells -> assertThat(cells).hasSameSizeAs(header))
			.collect(Collectors.toMap(List::getFirst, cells -> header.stream()
				.collect(Collectors.toMap(Function.identity(), column -> cells.get(header.indexOf(column))))));
	}

}
