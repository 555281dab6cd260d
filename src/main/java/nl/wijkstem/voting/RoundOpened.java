package nl.wijkstem.voting;

/**
 * Voting opened in a round: its followers and every resident who wants voting news hear
 * of it, once.
 *
 * @param title the round's title in Dutch (as notices name rounds and ideas)
 */
public record RoundOpened(Long roundId, String title) {
}
