package nl.wijkstem.idea;

/**
 * A published idea that may be what the resident is about to propose.
 *
 * @param nearby found because it is close to the pin, rather than by its words
 */
public record SimilarIdea(Long id, String title, int supportCount, boolean nearby) {
}
