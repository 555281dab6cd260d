package nl.wijkstem.idea;

import java.time.Instant;

/**
 * A resident's draft as the form offers it to go on with.
 *
 * @param title what the resident typed as the title so far (may be empty)
 * @param updatedAt when it was last saved
 */
public record DraftSummary(Long id, String title, Instant updatedAt) {
}
