package nl.wijkstem.voting;

import java.time.Instant;

/**
 * A round in a list.
 */
public record RoundSummary(Long id, String title, RoundPhase phase, BallotKind kind, Instant votingOpensAt,
		Instant votingClosesAt, Instant resultsAt, boolean resultsVisible) {
}
