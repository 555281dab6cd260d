package nl.wijkstem.idea;

/**
 * An idea became public.
 */
public record IdeaPublished(Long ideaId) {
}
