package nl.wijkstem.voting;

import java.util.List;

import nl.wijkstem.idea.BallotIdea;

/**
 * What moderators see when they put ideas on a round's ballot.
 *
 * @param candidates published ideas that may still go on it
 */
public record BallotEditor(RoundDetails round, List<BallotIdea> candidates) {
}
