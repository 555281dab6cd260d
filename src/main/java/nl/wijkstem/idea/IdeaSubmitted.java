package nl.wijkstem.idea;

/**
 * A resident sent in an idea; under pre-moderation it now waits for a moderator.
 */
public record IdeaSubmitted(Long ideaId) {
}
