package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;

/**
 * A round and its ballot, as everyone signed in may see it.
 *
 * @param minimumSpend budget rounds: the least a ballot must spend, in euros
 * @param resultsVisible whether the totals can be seen now
 */
public record RoundDetails(Long id, String title, String explanation, RoundPhase phase, Instant ballotChosenAt,
		Instant votingOpensAt, Instant votingClosesAt, Instant resultsAt, BallotKind kind, Integer maxChoices,
		Integer winners, Long budget, int minSpendPercent, long minimumSpend, boolean liveResults, boolean equalShares,
		TieBreak tieBreak, boolean resultsVisible, List<BallotEntry> ballot) {
}
