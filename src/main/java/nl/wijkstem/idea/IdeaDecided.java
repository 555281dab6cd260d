package nl.wijkstem.idea;

/**
 * A moderator decided about an idea; its author should hear why.
 *
 * @param authorId the author's account, {@code null} when it was deleted
 * @param message the moderator's words for the author (may be empty when published)
 */
public record IdeaDecided(Long ideaId, Long authorId, String title, ModerationDecision decision, String message) {
}
