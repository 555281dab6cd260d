package nl.wijkstem.voting.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.TieBreak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group of ideas through the views: a moderator puts it on a ballot with a cost, a
 * resident votes for it as one choice, and the results name it with its ideas.
 */
class GroupBallotViewTest extends ViewTest {

	private static final String SUMMARY = "Meer bomen en bloemen in de straten rond het park.";

	@Autowired
	IdeaFixture fixture;

	@Autowired
	GroupService groups;

	@Autowired
	RoundService rounds;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestClock clock;

	private String name;

	private Long trees;

	private Long flowers;

	private Long round;

	@BeforeEach
	void groupAndRound() {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		events.publishEvent(new AuthenticationSuccessEvent(viewer));
		Long goal = fixture.goals().get(2).id();
		trees = fixture.published("Bomen in de Vogelbuurt " + IdeaFixture.unique(), goal);
		flowers = fixture.published("Bloemen op de rotondes " + IdeaFixture.unique(), goal);
		name = "Groene straten " + IdeaFixture.unique();
		round = as(viewer, () -> {
			demo.signIn("moderator");
			Long group = groups.create(goal, name, SUMMARY);
			groups.moveIdea(trees, null, group);
			groups.moveIdea(flowers, null, group);
			demo.signIn("beheerder");
			return rounds.create(round(clock.instant()));
		});
	}

	private static <T> T as(Authentication restore, Supplier<T> work) {
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(restore);
		}
	}

	private static RoundForm round(Instant now) {
		return new RoundForm("Groenbudget " + IdeaFixture.unique(), "Green budget",
				"Kies wat de buurt groener maakt. Je kunt je keuze veranderen tot de stemming sluit.",
				"Choose what makes the neighbourhood greener. You can change your choice until voting closes.",
				now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), BallotKind.BUDGET, null, null, 50_000L, 0, false, null,
				TieBreak.EARLIER_SUBMITTED);
	}

	private ListItem groupCandidate() {
		return find(ListItem.class).withClassName("ballot-editor__group")
			.withCondition(item -> find(H3.class).from(item).single().getText().equals(name))
			.single();
	}

	@Test
	@WithUserDetails("moderator")
	void moderator_putsAGroupOnTheBallot_withACost() {
		navigate(BallotEditorView.class, Map.of("roundId", round.toString()));
		ListItem card = groupCandidate();
		assertThat(find(Paragraph.class).from(card).all()).extracting(Paragraph::getText)
			.contains(SUMMARY, "Ideeën in deze bundel: 2");

		test(find(Button.class).from(card).single()).click();
		assertThat(find(IntegerField.class).from(card).single().getErrorMessage())
			.isEqualTo("Vul de geschatte kosten in hele euro in (minstens 1 euro).");
		test(find(IntegerField.class).from(card).single()).setValue(30_000);
		test(find(Button.class).withAriaLabel("Op de stemlijst zetten: " + name).single()).click();

		ListItem entry = find(ListItem.class).withClassName("ballot-editor__entry")
			.withCondition(item -> find(H3.class).from(item).single().getText().startsWith(name))
			.single();
		assertThat(find(H3.class).from(entry).single().getText()).isEqualTo(name + " (bundel van 2 ideeën)");
		assertThat(find(Anchor.class).from(entry).all()).extracting(Anchor::getHref)
			.containsExactlyInAnyOrder("ideas/" + trees, "ideas/" + flowers);
		assertThat(find(ListItem.class).withClassName("ballot-editor__group")
			.withCondition(item -> find(H3.class).from(item).single().getText().equals(name))
			.exists()).isFalse();
	}

	@Test
	@WithUserDetails("kees")
	void resident_votesForTheGroupAsOneChoice_andTheResultsNameIt() {
		Authentication kees = SecurityContextHolder.getContext().getAuthentication();
		as(kees, () -> {
			demo.signIn("moderator");
			return rounds.addGroup(round, groupIdOnBoard(), 30_000L);
		});
		clock.moveBy(Duration.ofHours(2));
		navigate(VoteView.class, Map.of("roundId", round.toString()));

		Checkbox choice = find(Checkbox.class).withLabelContaining(name).single();
		assertThat(choice.getLabel()).isEqualTo(name + " (bundel van 2 ideeën) (€ 30.000)");
		assertThat(find(Paragraph.class).withText(SUMMARY).exists()).isTrue();
		assertThat(find(Anchor.class).withClassName("ballot__more").exists()).isFalse();
		test(choice).click();
		test(find(Button.class).withText("Stem opslaan").single()).click();
		assertThat(find(Paragraph.class).withText("Je koos: " + name).exists()).isTrue();

		clock.moveBy(Duration.ofDays(2));
		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(find(Span.class).withText(name + " (bundel van 2 ideeën)").exists()).isTrue();
		assertThat(find(Anchor.class).withCondition(link -> link.getHref().equals("ideas/" + trees)).exists()).isTrue();
	}

	private Long groupIdOnBoard() {
		return rounds.ballotEditor(round, java.util.Locale.ENGLISH)
			.groups()
			.stream()
			.filter(group -> group.name().equals(name))
			.findFirst()
			.orElseThrow()
			.groupId();
	}

}
