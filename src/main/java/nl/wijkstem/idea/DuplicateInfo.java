package nl.wijkstem.idea;

/**
 * What a moderator sees of an idea marked as a duplicate.
 *
 * @param original the idea it duplicates, whatever its state now (title: user text)
 * @param statusAfterUndo where it goes back to when the marking is undone
 */
public record DuplicateInfo(IdeaLink original, IdeaStatus statusAfterUndo) {
}
