package nl.wijkstem.voting;

import java.util.List;

/**
 * What the vote page shows.
 *
 * @param round the round asked for, or the current one; {@code null} when there is none
 * @param rounds all rounds, for the list of earlier and coming ones
 * @param verified whether the signed-in person is a verified resident
 * @param myBallot the resident's recorded ballot in this round, or {@code null}
 * @param mayManageBallot whether the person is a moderator, who puts ideas on ballots
 */
public record VotePage(RoundDetails round, List<RoundSummary> rounds, boolean verified, MyBallot myBallot,
		boolean mayManageBallot) {
}
