package nl.wijkstem.idea;

/**
 * The searchable words of an idea.
 */
record IdeaText(Long id, String title, String description) {
}
