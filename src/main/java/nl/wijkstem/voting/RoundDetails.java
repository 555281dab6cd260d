package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;

/**
 * A round and its ballot, as everyone signed in may see it.
 *
 * @param minimumSpend budget rounds: the least a ballot must spend, in euros
 * @param sharesVariant budget rounds: the variant of Equal Shares that decides;
 * {@code null} when the greedy rule by votes decides
 * @param resultsVisible whether the totals can be seen now
 */
public record RoundDetails(Long id, String title, String explanation, RoundPhase phase, Instant ballotChosenAt,
		Instant votingOpensAt, Instant votingClosesAt, Instant resultsAt, BallotKind kind, Integer maxChoices,
		Integer winners, Long budget, int minSpendPercent, long minimumSpend, boolean liveResults,
		SharesVariant sharesVariant, TieBreak tieBreak, boolean resultsVisible, List<BallotEntry> ballot) {

	/** Whether the Method of Equal Shares decides. */
	public boolean equalShares() {
		return sharesVariant != null;
	}

}
