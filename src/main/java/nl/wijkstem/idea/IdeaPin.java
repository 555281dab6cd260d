package nl.wijkstem.idea;

/**
 * A published idea with a place on the map. The title is user text.
 */
public record IdeaPin(Long id, String title, double latitude, double longitude) {
}
