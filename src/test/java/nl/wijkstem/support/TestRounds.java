package nl.wijkstem.support;

import java.time.Duration;
import java.time.Instant;

import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundForm;
import nl.wijkstem.voting.SharesVariant;
import nl.wijkstem.voting.TieBreak;

/**
 * Voting rounds for tests, on one schedule from now: the ballot is chosen in a minute,
 * voting opens in an hour and closes in a day, the results come in two. A test moves its
 * clock past these moments to reach the phase it needs.
 */
public final class TestRounds {

	private static final String EXPLANATION_NL = "Kies wat je wilt.";

	private static final String EXPLANATION_EN = "Choose what you like.";

	private TestRounds() {
	}

	/** A budget round that does not count by Equal Shares. */
	public static RoundForm budget(Instant now, String titleNl, String titleEn, long budget) {
		return budget(now, titleNl, titleEn, budget, null, TieBreak.EARLIER_SUBMITTED);
	}

	/**
	 * A budget round that counts by this variant of Equal Shares ({@code null}: none).
	 */
	public static RoundForm budget(Instant now, String titleNl, String titleEn, long budget,
			SharesVariant sharesVariant, TieBreak tieBreak) {
		return round(now, titleNl, titleEn, BallotKind.BUDGET, null, budget, sharesVariant, tieBreak);
	}

	/** A round in which residents support ideas, of which this many win. */
	public static RoundForm support(Instant now, String titleNl, String titleEn, int winners) {
		return round(now, titleNl, titleEn, BallotKind.SUPPORT, winners, null, null, TieBreak.EARLIER_SUBMITTED);
	}

	private static RoundForm round(Instant now, String titleNl, String titleEn, BallotKind kind, Integer winners,
			Long budget, SharesVariant sharesVariant, TieBreak tieBreak) {
		return new RoundForm(titleNl, titleEn, EXPLANATION_NL, EXPLANATION_EN, now.plus(Duration.ofMinutes(1)),
				now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), kind, null,
				winners, budget, 0, false, sharesVariant, tieBreak);
	}

}
