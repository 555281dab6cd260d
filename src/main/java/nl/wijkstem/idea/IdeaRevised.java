package nl.wijkstem.idea;

/**
 * A moderator changed the words of an idea (the old text is kept as a revision).
 */
public record IdeaRevised(Long ideaId) {
}
