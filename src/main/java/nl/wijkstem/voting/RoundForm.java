package nl.wijkstem.voting;

import java.time.Instant;

/**
 * A round as an administrator sets it up. Moments are instants; the form shows and reads
 * them in Dutch local time (Europe/Amsterdam).
 *
 * @param maxChoices limited choice: at most this many ideas per ballot
 * @param winners support and limited choice: how many ideas are chosen
 * @param budget budget rounds: the total in whole euros
 * @param minSpendPercent budget rounds: the share of the budget a ballot must spend at
 * least (0 for none)
 * @param liveResults whether totals show while voting is open
 * @param sharesVariant budget rounds: the variant of the Method of Equal Shares that
 * decides (the greedy rule is shown beside it); {@code null} when the greedy rule by
 * votes decides
 */
public record RoundForm(String titleNl, String titleEn, String explanationNl, String explanationEn,
		Instant ballotChosenAt, Instant votingOpensAt, Instant votingClosesAt, Instant resultsAt, BallotKind kind,
		Integer maxChoices, Integer winners, Long budget, int minSpendPercent, boolean liveResults,
		SharesVariant sharesVariant, TieBreak tieBreak) {
}
