package nl.wijkstem.voting;

import java.time.Instant;
import java.util.Set;

/**
 * What was recorded for the signed-in resident, and when. Only they see it.
 *
 * @param totalCost the summed cost in euros (budget rounds)
 */
public record MyBallot(Long roundId, Set<Long> itemIds, long totalCost, Instant submittedAt) {
}
