package nl.wijkstem.idea;

/**
 * Another idea to link to, with its title (user text).
 */
public record IdeaLink(Long id, String title) {
}
