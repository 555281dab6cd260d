package nl.wijkstem.idea;

import java.time.Instant;

/**
 * What the programme bureau asked the author to change in their idea.
 *
 * @param message the moderator's words (user text)
 * @param requestedAt when they asked
 */
public record ChangeRequest(String message, Instant requestedAt) {
}
