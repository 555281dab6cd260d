package nl.wijkstem.voting;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.idea.PlaceKind;

import org.springframework.context.ApplicationContext;

/**
 * Rounds and published ideas for voting tests that share one database: every test makes
 * its own, so tests never see each other's ballots.
 */
final class VotingFixtures {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private VotingFixtures() {
	}

	/** A new idea, sent in by Kees and published by the moderator. */
	static Long publishedIdea(ApplicationContext context, String title) {
		return context.getBean(IdeaFixture.class)
			.sentInAndPublished("kees",
					new IdeaDraft("Stemidee " + title + " " + NUMBER.incrementAndGet(),
							"Een voorstel voor de buurt om op te stemmen, met genoeg woorden om het te begrijpen.",
							PlaceKind.STREET, null, "Reigerlaan", null, null));
	}

	/**
	 * Ballot chosen in a minute, voting opens in an hour, closes in a day, results in
	 * two.
	 */
	static RoundForm budgetRound(Instant now, long budget) {
		return round(now, BallotKind.BUDGET, null, null, budget, 0, false, true);
	}

	/**
	 * A round; {@code equalShares} counts by number of supporters, the variant these
	 * tests were written for.
	 */
	static RoundForm round(Instant now, BallotKind kind, Integer maxChoices, Integer winners, Long budget,
			int minSpendPercent, boolean live, boolean equalShares) {
		return round(now, kind, maxChoices, winners, budget, minSpendPercent, live,
				equalShares ? SharesVariant.BY_SUPPORTERS : null);
	}

	static RoundForm round(Instant now, BallotKind kind, Integer maxChoices, Integer winners, Long budget,
			int minSpendPercent, boolean live, SharesVariant sharesVariant) {
		return new RoundForm("Buurtbudget Westwijk " + NUMBER.incrementAndGet(), "Westwijk budget",
				"Kies de ideeën die u het belangrijkst vindt. U kunt uw keuze veranderen tot de stemming sluit.",
				"Choose the ideas you find most important. You can change your choice until voting closes.",
				now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), kind, maxChoices, winners, budget, minSpendPercent, live, sharesVariant,
				TieBreak.EARLIER_SUBMITTED);
	}

}
