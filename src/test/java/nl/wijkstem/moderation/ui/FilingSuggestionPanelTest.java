package nl.wijkstem.moderation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.FilingSuggestion;
import nl.wijkstem.idea.FilingSuggestionService;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeOverview.Category;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class FilingSuggestionPanelTest extends ViewTest {

	@Autowired
	FilingSuggestionService suggestions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	ProgrammeService programme;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void useThisSuggestion_fillsInTheFilingForm_butDoesNotFile() {
		Long id = demoIdea("Waterpunt bij het sportveld");
		FilingSuggestion suggestion = suggestions.suggest(id).orElseThrow();
		navigate("moderation/" + id, ModerationItemView.class);

		assertThat(text("filing-suggestion__goal")).startsWith("Doel: " + name(suggestion.goalId()) + " (zekerheid ")
			.endsWith("%)");
		assertThat(text("filing-suggestion__words")).startsWith("Door deze woorden: ");
		test(find(Button.class).withText("Gebruik dit voorstel").single()).click();

		assertThat(goalField().getValue().id()).isEqualTo(suggestion.goalId());
		assertThat(themesField().getValue()).extracting(Category::id)
			.containsExactlyInAnyOrderElementsOf(suggestion.themeIds());
		assertThat(publicIdeas.idea(id, Languages.DUTCH).orElseThrow().goalId()).isNull();
	}

	@Test
	void acceptedSuggestion_isFiledWhenTheModeratorSaves() {
		Long id = demoIdea("Coaching naar werk voor vrouwen");
		FilingSuggestion suggestion = suggestions.suggest(id).orElseThrow();
		navigate("moderation/" + id, ModerationItemView.class);

		test(find(Button.class).withText("Gebruik dit voorstel").single()).click();
		test(find(Button.class).withText("Opslaan").single()).click();

		assertThat(publicIdeas.idea(id, Languages.DUTCH).orElseThrow()).satisfies(idea -> {
			assertThat(idea.goalId()).isEqualTo(suggestion.goalId());
			assertThat(idea.assignedThemeIds()).isEqualTo(suggestion.themeIds());
		});
	}

	@Test
	void aCloseRunnerUp_isShownBesideTheSuggestion() {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		Category goal = overview.goals().get(0);
		Category second = overview.goals().get(2);
		FilingSuggestion suggestion = new FilingSuggestion(goal.id(), 0.52, List.of("drempel"), List.of(),
				new FilingSuggestion.SecondGoal(second.id(), 0.41));
		navigate(ModerationQueueView.class);

		FilingSuggestionPanel panel = new FilingSuggestionPanel(Optional.of(suggestion), overview, (g, t) -> {
		});
		UI.getCurrent().add(panel);

		assertThat(find(Paragraph.class).from(panel).all()).extracting(Paragraph::getText)
			.contains("Of misschien: " + second.name() + " (zekerheid 41%). Die twee liggen dicht bij elkaar.");
	}

	@Test
	void panel_appliesItsGoalAndThemes_throughTheCallback_inEnglishToo() {
		ProgrammeOverview overview = programme.overview(Languages.ENGLISH);
		Category goal = overview.goals().get(1);
		Category theme = overview.themes().get(3);
		FilingSuggestion suggestion = new FilingSuggestion(goal.id(), 0.999, List.of("bankjes", "bomen"),
				List.of(new FilingSuggestion.ThemeSuggestion(theme.id(), 0.734, List.of("bomen"))));
		List<Object> applied = new ArrayList<>();
		navigate(ModerationQueueView.class);
		inLanguage(Languages.ENGLISH);

		FilingSuggestionPanel panel = new FilingSuggestionPanel(Optional.of(suggestion), overview,
				(chosenGoal, chosenThemes) -> applied.addAll(List.of(chosenGoal, chosenThemes)));
		UI.getCurrent().add(panel);
		List<String> lines = find(Paragraph.class).from(panel).all().stream().map(Paragraph::getText).toList();
		test(find(Button.class).from(panel).single()).click();

		assertThat(lines).contains("Goal: " + goal.name() + " (confidence 99%)",
				"Because of these words: bankjes, bomen", theme.name() + " (confidence 73%)");
		assertThat(applied).containsExactly(goal, Set.of(theme));
	}

	@Test
	void panel_withoutSuggestion_saysSo_andOffersNothingToApply() {
		navigate(ModerationQueueView.class);

		FilingSuggestionPanel panel = new FilingSuggestionPanel(Optional.empty(), programme.overview(Languages.DUTCH),
				(goal, themes) -> {
					throw new AssertionError("nothing to apply");
				});
		UI.getCurrent().add(panel);

		assertThat(find(Paragraph.class).from(panel).single().getText()).startsWith("Nog geen voorstel");
		assertThat(find(Button.class).from(panel).exists()).isFalse();
	}

	@Test
	void panel_whileSuggestionsArePrepared_saysSo_inBothLanguages() {
		navigate(ModerationQueueView.class);
		FilingSuggestionPanel dutch = new FilingSuggestionPanel(Optional.empty(), true,
				programme.overview(Languages.DUTCH), (goal, themes) -> {
					throw new AssertionError("nothing to apply");
				});
		UI.getCurrent().add(dutch);
		inLanguage(Languages.ENGLISH);
		FilingSuggestionPanel english = new FilingSuggestionPanel(Optional.empty(), true,
				programme.overview(Languages.ENGLISH), (goal, themes) -> {
				});
		UI.getCurrent().add(english);

		assertThat(find(Paragraph.class).from(dutch).single().getText()).startsWith("Suggesties worden voorbereid");
		assertThat(find(Paragraph.class).from(english).single().getText()).startsWith("Suggestions are being prepared");
		assertThat(find(Button.class).from(dutch).exists()).isFalse();
		assertThat(dutch.hasSuggestion()).isFalse();
	}

	private Long demoIdea(String title) {
		return jdbc.queryForObject("select id from idea where title = ?", Long.class, title);
	}

	private String name(Long goalId) {
		return programme.overview(Languages.DUTCH)
			.goals()
			.stream()
			.filter(goal -> goal.id().equals(goalId))
			.findFirst()
			.orElseThrow()
			.name();
	}

	private String text(String className) {
		return find(Paragraph.class).withClassName(className).atIndex(1).getText();
	}

	@SuppressWarnings("unchecked")
	private Select<Category> goalField() {
		return find(Select.class).withLabel("Doel van het programma").single();
	}

	@SuppressWarnings("unchecked")
	private CheckboxGroup<Category> themesField() {
		return find(CheckboxGroup.class).withLabel("Thema's").single();
	}

}
