package nl.wijkstem.idea;

import java.time.Instant;

/**
 * One of the signed-in resident's own ideas, in any state.
 */
public record MyIdea(Long id, String title, IdeaStatus status, Instant updatedAt, int supportCount) {
}
