package nl.wijkstem.voting.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.RoundService;
import nl.wijkstem.voting.SharesVariant;
import nl.wijkstem.voting.TieBreak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the vote and results pages explain the counting rule: which variant of Equal Shares
 * decides and what that means, what happens when two ideas cost their supporters the
 * same; in a round counted by votes alone, nothing about equal prices.
 */
class ResultsExplanationViewTest extends ViewTest {

	private static final String EQUAL_PRICE = "Kost een idee voor ieder evenveel als een ander idee?";

	@Autowired
	IdeaFixture fixture;

	@Autowired
	RoundService rounds;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	@WithUserDetails("kees")
	void equalSharesRound_saysAnEqualPriceGoesToMoreVotes_thenToTheRoundsTieBreak() {
		Long round = roundWithOneIdea(SharesVariant.BY_SUPPORTERS, TieBreak.LOWER_COST);
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
	void citiesVariant_isExplainedOnTheVotePage_andNamedOnTheResultsPage() {
		Long round = roundWithOneIdea(SharesVariant.COST_ADD1, TieBreak.EARLIER_SUBMITTED);
		clock.moveBy(Duration.ofHours(2));

		navigate(VoteView.class, Map.of("roundId", round.toString()));

		assertThat(explanation("We kiezen de ideeën met de methode Gelijke Delen, zoals steden"))
			.contains("Iedereen die stemt, krijgt een even groot deel van het budget.")
			.contains("het kleinste deel van de prijs betaalt")
			.endsWith("Betalen de stemmers van twee ideeën ieder een even groot deel van de prijs? Dan gaat het idee"
					+ " met de meeste stemmen voor. Hebben ze ook evenveel stemmen? Dan gaat het idee voor dat eerder"
					+ " is ingestuurd.");

		clock.moveBy(Duration.ofDays(3));
		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(find(Paragraph.class)
			.withText("Deze ideeën zijn gekozen met Gelijke Delen, zoals steden in Nederland en Polen het doen.")
			.exists()).isTrue();
		assertThat(explanation("Gelijke Delen, zoals steden in Nederland en Polen het doen: we verdelen"))
			.contains("het idee waarvan ieder het kleinste deel van de prijs betaalt");
		assertThat(explanation("Dan geven we ieder 1 euro meer"))
			.endsWith("Wat dan nog over is, gaat naar de ideeën met de meeste stemmen die nog passen.");
		assertThat(explanation("Betalen de stemmers van twee ideeën")).isNotEmpty();

		inLanguage(Languages.ENGLISH);

		assertThat(find(Paragraph.class)
			.withText("These ideas were chosen by Equal Shares, as cities in the Netherlands and Poland use it.")
			.exists()).isTrue();
		assertThat(explanation("Then we give everyone 1 euro more")).isNotEmpty();
	}

	@Test
	@WithUserDetails("kees")
	void supportersVariant_isExplainedOnTheVotePage_andNamedOnTheResultsPage() {
		Long round = roundWithOneIdea(SharesVariant.BY_SUPPORTERS, TieBreak.EARLIER_SUBMITTED);
		clock.moveBy(Duration.ofHours(2));

		navigate(VoteView.class, Map.of("roundId", round.toString()));

		assertThat(explanation("We kiezen de ideeën met de methode Gelijke Delen naar aantal stemmers."))
			.contains("de prijs gedeeld door het aantal stemmers")
			.contains("Een goedkoop idee met veel stemmen gaat dus voor.");

		clock.moveBy(Duration.ofDays(3));
		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(find(Paragraph.class).withText("Deze ideeën zijn gekozen met Gelijke Delen naar aantal stemmers.")
			.exists()).isTrue();
		assertThat(explanation("Gelijke Delen naar aantal stemmers: we verdelen")).isNotEmpty();
		assertThat(explanation("Kunnen de bewoners zo geen idee meer betalen?"))
			.isEqualTo("Kunnen de bewoners zo geen idee meer betalen? Dan gaat het geld dat over is naar de ideeën"
					+ " met de meeste stemmen die nog passen.");
		assertThat(find(Paragraph.class).withTextContaining("1 euro meer").exists()).isFalse();
	}

	@Test
	@WithUserDetails("kees")
	void roundCountedByVotes_saysNothingAboutEqualPrices() {
		Long round = roundWithOneIdea(null, TieBreak.EARLIER_SUBMITTED);
		clock.moveBy(Duration.ofDays(3));

		navigate(ResultsView.class, Map.of("roundId", round.toString()));

		assertThat(find(Paragraph.class).withTextContaining("Hebben ideeën evenveel stemmen?").exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining(EQUAL_PRICE).exists()).isFalse();
	}

	private String explanation(String start) {
		return find(Paragraph.class).withTextContaining(start).single().getText();
	}

	private Long roundWithOneIdea(SharesVariant variant, TieBreak tieBreak) {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		try {
			Long idea = fixture.published("Bankjes bij de speeltuin " + IdeaFixture.unique(),
					fixture.goals().get(1).id());
			demo.signIn("beheerder");
			Long round = rounds.create(round(clock.instant(), variant, tieBreak));
			rounds.addIdea(round, idea, 20_000L);
			return round;
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(viewer);
		}
	}

	private static RoundForm round(Instant now, SharesVariant variant, TieBreak tieBreak) {
		return new RoundForm("Speelbudget " + IdeaFixture.unique(), "Play budget",
				"Kies wat de buurt leuker maakt. Je kunt je keuze veranderen tot de stemming sluit.",
				"Choose what makes the neighbourhood more fun. You can change your choice until voting closes.",
				now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), BallotKind.BUDGET, null, null, 50_000L, 0, false, variant, tieBreak);
	}

}
