package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.moderation.IdeaFixture;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeViewTest extends ViewTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgrammeService programme;

	@Autowired
	GroupService groups;

	@Autowired
	DemoUsers demo;

	@Test
	void everyone_seesPerGoalItsGroups_withTheirIdeasAndDistinctSupporters() {
		IdeaFixture fixture = new IdeaFixture(context);
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
			.containsExactlyElementsOf(fixture.goals().stream().map(ProgrammeOverview.Category::name).toList());
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
	void inEnglish_thePageSpeaksEnglish() {
		navigate(ProgrammeView.class);

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Your ideas in the programme");
		assertThat(find(Paragraph.class).withClassName("programme-goal__count").first().getText())
			.matches("(Residents sent in .* under this goal|There are no ideas under this goal yet)\\.");
	}

}
