package nl.wijkstem.voting;

/**
 * A round's results were counted and published: its followers and every resident who
 * wants voting news hear of it, once.
 *
 * @param title the round's title in Dutch
 */
public record RoundResultsPublished(Long roundId, String title) {
}
