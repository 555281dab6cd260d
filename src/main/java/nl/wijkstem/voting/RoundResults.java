package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a round, published or live.
 *
 * @param publishedAt when the results were published; {@code null} for live totals
 * @param sharesVariant budget rounds: the variant of Equal Shares that chose the winners;
 * {@code null} when the greedy rule by votes chose them
 * @param lines the ideas and groups ranked by votes, ties by the tie-break rule
 * @param spentByVotes budget rounds: what the ideas chosen by the greedy rule cost
 * @param spentByShares budget rounds with Equal Shares: what its ideas cost
 * @param sharePerVoter budget rounds: the budget divided by the number of ballots
 */
public record RoundResults(Long roundId, String title, BallotKind kind, Long budget, Integer winners, long ballotsCast,
		Instant publishedAt, SharesVariant sharesVariant, TieBreak tieBreak, List<ResultLine> lines, long spentByVotes,
		long spentByShares, double sharePerVoter) {

	/** Whether the Method of Equal Shares chose the winners. */
	public boolean equalShares() {
		return sharesVariant != null;
	}

	/**
	 * @param rank 1 for the most votes
	 * @param chosenByVotes chosen by the greedy rule (budget rounds) or among the most
	 * votes (other rounds)
	 * @param chosenByShares chosen by the Method of Equal Shares (only when the round
	 * uses it)
	 * @param chosen chosen by the rule that decides this round
	 * @param ideaId the idea; {@code null} for a group of ideas
	 * @param ideas a group's ideas; empty for an idea
	 */
	public record ResultLine(int rank, Long itemId, Long ideaId, String title, Long cost, int votes,
			boolean chosenByVotes, boolean chosenByShares, boolean chosen, List<BallotEntry.IdeaLink> ideas) {

		public boolean isGroup() {
			return ideaId == null;
		}

	}

}
