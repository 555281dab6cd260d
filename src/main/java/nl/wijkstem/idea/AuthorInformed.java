package nl.wijkstem.idea;

/**
 * A moderator did something the author of an idea or comment should hear about, with the
 * moderator's words.
 *
 * @param authorId who to tell
 * @param outcome what happened
 * @param title the idea's title (user text)
 * @param message the moderator's words (user text), may be empty
 * @param linkIdeaId the idea to look at: the idea itself, or the original of a duplicate
 */
public record AuthorInformed(Long authorId, ModerationOutcome outcome, String title, String message, Long linkIdeaId) {
}
