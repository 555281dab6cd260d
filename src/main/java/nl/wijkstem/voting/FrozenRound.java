package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What casting a ballot needs to know of a round. Once voting opened none of it can
 * change any more, so it is kept in memory from then on.
 *
 * @param costs the cost in euros of each ballot item (0 when none was set)
 */
record FrozenRound(Long id, Instant votingOpensAt, Instant votingClosesAt, BallotKind kind, Integer maxChoices,
		Long budget, long minimumSpend, Map<Long, Long> costs) {

	static FrozenRound of(VotingRound round, List<BallotItem> items) {
		return new FrozenRound(round.getId(), round.getVotingOpensAt(), round.getVotingClosesAt(), round.getKind(),
				round.getMaxChoices(), round.getBudget(), round.minimumSpend(),
				Map.copyOf(items.stream().collect(Collectors.toMap(BallotItem::getId, BallotItem::costOrZero))));
	}

	RoundPhase phase(Instant now) {
		if (now.isBefore(votingOpensAt)) {
			return RoundPhase.BALLOT_READY;
		}
		return now.isBefore(votingClosesAt) ? RoundPhase.OPEN : RoundPhase.CLOSED;
	}

}
