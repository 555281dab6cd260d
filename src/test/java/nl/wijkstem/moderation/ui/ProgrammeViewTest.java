package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Languages;
import java.util.Set;

import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeViewTest extends ViewTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	GroupService groups;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	DemoUsers demo;

	@Test
	void everyone_seesPerGoalItsGroups_withTheirIdeasAndDistinctSupporters() {
		ProgrammeOverview.Category goal = fixture.goals().get(1);
		Long benches = fixture.published("Bankjes bij de speeltuin in het park " + IdeaFixture.unique(), goal.id());
		Long trees = fixture.published("Bomen bij de speeltuin in het park " + IdeaFixture.unique(), goal.id());
		fixture.supportedBy(benches, "kees", "fatima");
		fixture.supportedBy(trees, "kees", "beheerder");
		String name = "Meer bankjes en groen " + IdeaFixture.unique();
		demo.signIn("moderator");
		Long group = groups.create(goal.id(), name, "Bewoners willen plekken om te zitten, in het groen.");
		groups.moveIdea(benches, null, group);
		groups.moveIdea(trees, null, group);
		SignIn.out();

		navigate(ProgrammeView.class);

		assertThat(find(H2.class).from(find(Main.class).single()).all()).extracting(H2::getText)
			.containsExactly("De doelen", "Dit is al gedaan");
		assertThat(find(H3.class).from(find(Main.class).single()).all()).extracting(H3::getText)
			.startsWith(fixture.goals().stream().map(ProgrammeOverview.Category::shortName).toArray(String[]::new));
		ListItem goalCard = find(ListItem.class).withClassName("programme-goal").all().get(1);
		assertThat(find(Paragraph.class).withClassName("programme-goal__official").from(goalCard).single().getText())
			.isEqualTo("Landelijk doel: " + goal.name());
		assertThat(find(ListItem.class)
			.from(find(UnorderedList.class).withClassName("progress-legend").from(goalCard).single())
			.all()).extracting(ListItem::getText).anyMatch(stage -> stage.matches("\\d+ nog open"));
		ListItem card = find(ListItem.class).withClassName("programme-group")
			.withCondition(item -> find(H4.class).from(item).single().getText().equals(name))
			.single();
		assertThat(find(Paragraph.class).from(card).all()).extracting(Paragraph::getText)
			.contains("Bewoners willen plekken om te zitten, in het groen.",
					"2 ideeën · 3 bewoners steunen deze bundel");
		assertThat(find(RouterLink.class).from(card).all()).extracting(RouterLink::getHref)
			.containsExactlyInAnyOrder("ideas/" + benches, "ideas/" + trees);
		assertThat(find(Span.class).withClassName("status-badge").from(card).all()).extracting(Span::getText)
			.containsOnly("Gepubliceerd");
		assertThat(find(Paragraph.class).withClassName("programme-goal__count").all())
			.allSatisfy(count -> assertThat(count.getText()).matches("(Bewoners stuurden .* in|Bij dit doel).*"));
	}

	@Test
	void aRealisedIdea_isShownAsDone_withItsThemesDrawing_andCountedInTheProgress() {
		ProgrammeOverview.Category goal = fixture.goals().get(2);
		String title = "Taalcafé in de bibliotheek " + IdeaFixture.unique();
		Long idea = fixture.published(title, goal.id(), Set.of(fixture.theme("Leren en werken")));
		demo.as("moderator", () -> {
			moderation.updateStatus(idea, fixture.version(idea), IdeaStatus.REALISED, "Het taalcafé is open.");
			return null;
		});
		SignIn.out();

		navigate(ProgrammeView.class);

		Section done = find(Section.class).withClassName("programme-realised").single();
		ListItem card = find(ListItem.class).withClassName("idea-card")
			.from(done)
			.withCondition(item -> item.getElement().getTextRecursively().contains(title))
			.single();
		Image drawing = find(Image.class).from(card).single();
		// kees chose no theme when he wrote it: the neutral drawing of houses
		assertThat(drawing.getSrc()).isEqualTo("wijkstem/illustrations/theme-none.svg");
		assertThat(drawing.getAlt()).hasValue("");
		ListItem goalCard = find(ListItem.class).withClassName("programme-goal").all().get(2);
		assertThat(find(ListItem.class)
			.from(find(UnorderedList.class).withClassName("progress-legend").from(goalCard).single())
			.all()).extracting(ListItem::getText).anyMatch(stage -> stage.matches("\\d+ klaar"));
		assertThat(find(Paragraph.class).withClassName("programme-summary__figure").all())
			.extracting(Paragraph::getText)
			.anyMatch(figure -> figure.matches("\\d+ ideeën? klaar"));
		RouterLink all = find(RouterLink.class).from(done).withText("Alle ideeën die klaar zijn").single();
		assertThat(all.getHref()).isEqualTo("ideas?status=REALISED");
	}

	@Test
	void inEnglish_thePageSpeaksEnglish() {
		navigate(ProgrammeView.class);

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Your ideas in the programme");
		assertThat(find(Paragraph.class).withClassName("programme-goal__count").atIndex(1).getText())
			.matches("(Residents sent in .* under this goal|There are no ideas under this goal yet)\\.");
	}

}
