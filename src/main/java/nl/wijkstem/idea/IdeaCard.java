package nl.wijkstem.idea;

import java.time.Instant;

/**
 * An idea as the list shows it. Title and excerpt are the resident's text: render as text
 * only.
 *
 * @param themeCode the code of the idea's local theme, empty when it has none (for its
 * illustration when the idea has no photo)
 * @param firstPhoto the idea's first photo, or {@code null}
 * @param version the version shown, for moderators' actions on a selection
 */
public record IdeaCard(Long id, String title, String excerpt, PlaceKind placeKind, String themeName, String themeCode,
		String goalName, IdeaStatus status, int supportCount, int commentCount, Instant publishedAt,
		PhotoView firstPhoto, int version, String language) {
}
