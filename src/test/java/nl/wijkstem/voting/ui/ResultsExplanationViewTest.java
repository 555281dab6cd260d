package nl.wijkstem.voting.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.base.Languages;
import nl.wijkstem.moderation.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.TieBreak;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the results page explains ties: in an Equal Shares round, what happens when two
 * ideas cost their supporters the same; in a round counted by votes alone, nothing about
 * it.
 */
class ResultsExplanationViewTest extends ViewTest {

	private static final String EQUAL_PRICE = "Kost een idee voor ieder evenveel als een ander idee?";

	@Autowired
	ApplicationContext context;

	@Autowired
	RoundService rounds;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	@Test
	@WithUserDetails("kees")
	void equalSharesRound_saysAnEqualPriceGoesToMoreVotes_thenToTheRoundsTieBreak() {
		Long round = roundWithOneIdea(true, TieBreak.LOWER_COST);
		clock.moveBy(Duration.ofDays(3));

		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(explanation(EQUAL_PRICE)).isEqualTo("Kost een idee voor ieder evenveel als een ander idee?"
				+ " Dan gaat het idee met de meeste stemmen voor. Hebben ze ook evenveel stemmen? Dan gaat het"
				+ " goedkopere idee voor. Kosten ze evenveel, dan het idee dat eerder is ingestuurd.");

		inLanguage(Languages.ENGLISH);

		assertThat(explanation("Does an idea cost everyone as much as another idea?"))
			.isEqualTo("Does an idea cost everyone as much as another idea? Then the idea with the most votes goes"
					+ " first. Do they also have the same number of votes? Then the cheaper idea goes first. If they"
					+ " cost the same, the idea sent in earlier.");
	}

	@Test
	@WithUserDetails("kees")
	void roundCountedByVotes_saysNothingAboutEqualPrices() {
		Long round = roundWithOneIdea(false, TieBreak.EARLIER_SUBMITTED);
		clock.moveBy(Duration.ofDays(3));

		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(find(Paragraph.class).withTextContaining("Hebben ideeën evenveel stemmen?").exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining(EQUAL_PRICE).exists()).isFalse();
	}

	private String explanation(String start) {
		return find(Paragraph.class).withTextContaining(start).single().getText();
	}

	private Long roundWithOneIdea(boolean equalShares, TieBreak tieBreak) {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		try {
			IdeaFixture fixture = new IdeaFixture(context);
			Long idea = fixture.published("Bankjes bij de speeltuin " + IdeaFixture.unique(),
					fixture.goals().get(1).id());
			demo.signIn("beheerder");
			Long round = rounds.create(round(clock.instant(), equalShares, tieBreak));
			rounds.addIdea(round, idea, 20_000L);
			return round;
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(viewer);
		}
	}

	private static RoundForm round(Instant now, boolean equalShares, TieBreak tieBreak) {
		return new RoundForm("Speelbudget " + IdeaFixture.unique(), "Play budget",
				"Kies wat de buurt leuker maakt. Je kunt je keuze veranderen tot de stemming sluit.",
				"Choose what makes the neighbourhood more fun. You can change your choice until voting closes.",
				now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), BallotKind.BUDGET, null, null, 50_000L, 0, false, equalShares, tieBreak);
	}

}
