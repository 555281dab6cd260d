package nl.wijkstem.moderation.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.moderation.IdeaGroupView;
import nl.wijkstem.moderation.SimilarOnBoard;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.base.ui.Confirmation;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class GoalBoardViewTest extends ViewTest {

	private static final String SUMMARY = "Ideeën over taal en school, voor ouders en kinderen.";

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	GroupService groups;

	@Autowired
	GroupOverviews overviews;

	@Autowired
	IdeaFixture fixture;

	ProgrammeOverview.Category goal;

	@BeforeEach
	void setUp() {
		goal = fixture.goals().get(2);
	}

	@Test
	void exportLink_downloadsEveryVisibleIdea_withLinksAndTheModeratorsWords() throws IOException {
		Long idea = fixture.published("Een idee voor de export " + IdeaFixture.unique(), goal.id());
		navigate(GoalBoardView.class);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();

		test(find(Anchor.class).withText("Alle openbare ideeën downloaden (CSV, voor Excel)").single()).download(csv);

		List<CSVRecord> rows = CsvReading.rows(csv.toString(StandardCharsets.UTF_8));
		assertThat(rows.getFirst().toList()).startsWith("Nummer", "Link naar het idee", "Titel", "Beschrijving");
		assertThat(rows).filteredOn(row -> row.get(0).equals(idea.toString()))
			.singleElement()
			.satisfies(row -> assertThat(row.get(1)).isEqualTo("http://localhost:8080/ideas/" + idea));
	}

	@Test
	void moderator_makesAGroup_andMovesAnIdeaIntoIt_withTheKeyboard() {
		Long idea = fixture.published("Een idee voor het doelenbord " + IdeaFixture.unique(), goal.id());
		fixture.supportedBy(idea, "kees", "fatima", "beheerder", "moderator");
		String name = "Taal en school " + IdeaFixture.unique();
		showGoal();

		test(find(TextField.class).withLabel("Naam van de bundel").single()).setValue(name);
		test(find(TextArea.class).withLabel("Korte samenvatting voor bewoners").single()).setValue(SUMMARY);
		test(find(Button.class).withText("Bundel maken").single()).click();

		assertThat(find(Paragraph.class).from(groupCard(name)).all()).extracting(Paragraph::getText)
			.contains(SUMMARY, "Nog geen ideeën. Sleep een idee hierheen, of kies Verplaatsen bij een idee.");
		moveByKeyboard(idea, name);

		ListItem card = groupCard(name);
		assertThat(find(RouterLink.class).from(card).all()).extracting(RouterLink::getHref)
			.containsExactly("ideas/" + idea);
		assertThat(find(Paragraph.class).withClassName("group-card__counts").from(card).single().getText())
			.isEqualTo("1 idee · 4 verschillende bewoners steunen ideeën in deze bundel");
	}

	@Test
	void moderator_movesAnIdeaToAnotherGoal_andItLeavesItsGroup() {
		Long idea = fixture.published("Een idee dat beter bij een ander doel past " + IdeaFixture.unique(), goal.id());
		String name = "Verkeerd ingedeeld " + IdeaFixture.unique();
		Long group = groups.create(goal.id(), name, SUMMARY);
		groups.moveIdea(idea, null, group);
		ProgrammeOverview.Category other = fixture.goals().get(3);
		showGoal();

		moveByKeyboard(idea, "Ander doel: " + other.name());

		assertThat(ideaRows(idea)).isEmpty();
		assertThat(find(RouterLink.class).from(groupCard(name)).exists()).isFalse();
		assertThat(publicIdeas.idea(idea, Languages.DUTCH).orElseThrow().goalId()).isEqualTo(other.id());
	}

	@Test
	void badNameAndSummary_areShownAtTheFields_andTheTypedTextStays() {
		showGoal();

		test(find(TextField.class).withLabel("Naam van de bundel").single()).setValue(" ");
		test(find(TextArea.class).withLabel("Korte samenvatting voor bewoners").single()).setValue("kort");
		test(find(Button.class).withText("Bundel maken").single()).click();

		TextField name = find(TextField.class).withLabel("Naam van de bundel").single();
		TextArea summary = find(TextArea.class).withLabel("Korte samenvatting voor bewoners").single();
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Geef de bundel een naam van 3 tot 120 tekens.");
		assertThat(summary.isInvalid()).isTrue();
		assertThat(summary.getErrorMessage()).isEqualTo("Schrijf een samenvatting van 10 tot 300 tekens.");
		assertThat(summary.getValue()).isEqualTo("kort");
	}

	@Test
	void dissolvingAGroup_asksFirst_andKeepsItsIdeas() {
		Long idea = fixture.published("Een idee in een bundel die verdwijnt " + IdeaFixture.unique(), goal.id());
		String name = "Op te heffen " + IdeaFixture.unique();
		Long group = groups.create(goal.id(), name, SUMMARY);
		groups.moveIdea(idea, null, group);
		showGoal();

		test(find(Button.class).withText("Opheffen").from(groupCard(name)).single()).click();
		test(find(Button.class).from(find(Confirmation.class).single()).withText("Ja, opheffen").single()).click();

		assertThat(groupCards(name)).isEmpty();
		assertThat(overviews.board(goal.id(), 0, 20, Languages.DUTCH).groups()).extracting(IdeaGroupView::id)
			.doesNotContain(group);
		assertThat(publicIdeas.idea(idea, Languages.DUTCH)).isPresent();
	}

	@Test
	void moveOnAnOutdatedBoard_isRefused_andTheBoardShowsWhatIsTrueNow() {
		Long idea = fixture.published("Een idee dat een collega net verplaatste " + IdeaFixture.unique(), goal.id());
		String first = "Eerst hier " + IdeaFixture.unique();
		String second = "Nu daar " + IdeaFixture.unique();
		Long firstGroup = groups.create(goal.id(), first, SUMMARY);
		Long secondGroup = groups.create(goal.id(), second, SUMMARY);
		groups.moveIdea(idea, null, firstGroup);
		showGoal();
		groups.moveIdea(idea, firstGroup, secondGroup);

		moveByKeyboard(idea, "Geen bundel");

		assertThat(find(RouterLink.class).from(groupCard(second)).all()).extracting(RouterLink::getHref)
			.containsExactly("ideas/" + idea);
		List<FiledIdea> inSecond = overviews.board(goal.id(), 0, 20, Languages.DUTCH)
			.groups()
			.stream()
			.filter(group -> group.id().equals(secondGroup))
			.findFirst()
			.orElseThrow()
			.ideas();
		assertThat(inSecond).extracting(FiledIdea::id).containsExactly(idea);
	}

	@Test
	void largeGroup_showsItsMostSupportedIdeas_andTheOthersOnRequest() {
		String name = "Grote bundel " + IdeaFixture.unique();
		Long group = groups.create(goal.id(), name, SUMMARY);
		for (int i = 0; i < GroupCard.SHOWN + 2; i++) {
			groups.moveIdea(fixture.published("Een van vele ideeën in een grote bundel " + i, goal.id()), null, group);
		}
		showGoal();

		assertThat(find(ListItem.class).withClassName("board-idea").from(groupCard(name)).all())
			.hasSize(GroupCard.SHOWN);
		test(find(Button.class).withText("Toon de andere 2 ideeën").from(groupCard(name)).single()).click();

		assertThat(find(ListItem.class).withClassName("board-idea").from(groupCard(name)).all())
			.hasSize(GroupCard.SHOWN + 2);
	}

	@Test
	void moderator_groupsSimilarIdeas_straightFromAHint() {
		String tag = "buurtmoestuin" + IdeaFixture.unique();
		Long anchor = fixture.published("Een " + tag + " achter de flat", goal.id());
		fixture.supportedBy(anchor, "kees", "fatima", "beheerder", "moderator");
		Long alike = fixture.published("Samen tuinieren in een " + tag, goal.id());
		String name = "Moestuinen " + IdeaFixture.unique();
		showGoal();
		ListItem row = ideaRows(anchor).getFirst();

		test(find(Button.class).withText("Lijkt op…").from(row).single()).click();
		@SuppressWarnings("unchecked")
		CheckboxGroup<SimilarOnBoard> chosen = find(CheckboxGroup.class)
			.withLabel("Kies de ideeën die bij dit idee horen")
			.from(row)
			.single();
		SimilarOnBoard hint = chosen.getListDataView()
			.getItems()
			.filter(item -> item.idea().id().equals(alike))
			.findFirst()
			.orElseThrow();
		assertThat(chosen.getItemLabelGenerator().apply(hint)).contains("ook over: ", "in geen bundel");
		test(find(TextField.class).withLabel("Naam van de bundel").from(row).single()).setValue(name);
		test(find(TextArea.class).withLabel("Korte samenvatting voor bewoners").from(row).single()).setValue(SUMMARY);
		test(find(Button.class).withText("Maak de bundel").from(row).single()).click();
		assertThat(chosen.isInvalid()).as("nothing chosen yet").isTrue();
		chosen.setValue(Set.of(hint));
		test(find(Button.class).withText("Maak de bundel").from(row).single()).click();

		assertThat(find(RouterLink.class).from(groupCard(name)).all()).extracting(RouterLink::getHref)
			.containsExactlyInAnyOrder("ideas/" + anchor, "ideas/" + alike);
	}

	@Test
	void inEnglish_theBoardAndItsDownloadSpeakEnglish() {
		navigate(GoalBoardView.class);

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Goal board");
		Anchor download = find(Anchor.class).withClassName("download-link").single();
		assertThat(download.getText()).isEqualTo("Download all public ideas (CSV, for Excel)");
		assertThat(download.getHref()).isNotBlank();
	}

	private void showGoal() {
		navigate(GoalBoardView.class);
		@SuppressWarnings("unchecked")
		RadioButtonGroup<ProgrammeOverview.Category> goals = find(RadioButtonGroup.class).withLabel("Kies een doel")
			.single();
		test(goals).selectItem(goal.name());
	}

	private void moveByKeyboard(Long idea, String target) {
		ListItem row = ideaRows(idea).getFirst();
		test(find(Button.class).withText("Verplaatsen").from(row).single()).click();
		@SuppressWarnings("unchecked")
		Select<MoveTarget> where = find(Select.class).withLabel("Verplaatsen naar").from(row).single();
		test(where).selectItem(target);
		test(find(Button.class).withText("Nu verplaatsen").from(row).single()).click();
	}

	private List<ListItem> ideaRows(Long idea) {
		return find(ListItem.class).withClassName("board-idea")
			.withCondition(row -> find(RouterLink.class).from(row).atIndex(1).getHref().equals("ideas/" + idea))
			.all();
	}

	private ListItem groupCard(String name) {
		return groupCards(name).getFirst();
	}

	private List<ListItem> groupCards(String name) {
		return find(ListItem.class).withClassName("group-card")
			.withCondition(card -> find(H4.class).from(card).atIndex(1).getText().equals(name))
			.all();
	}

}
