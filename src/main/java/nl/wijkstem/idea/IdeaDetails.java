package nl.wijkstem.idea;

import java.time.Instant;
import java.util.List;

/**
 * Everything the idea page shows. Text fields are user text: render as text only.
 *
 * @param authorName the author's display name, empty when unknown or deleted
 * @param mine whether the viewer wrote it
 * @param supportedByMe whether the viewer supports it
 * @param editable whether the viewer may still change or withdraw it
 */
public record IdeaDetails(Long id, String title, String description, PlaceKind placeKind, String themeName,
		String goalName, String locationText, Double latitude, Double longitude, IdeaStatus status,
		List<StatusStep> history, int supportCount, int commentCount, String authorName, boolean mine,
		boolean supportedByMe, boolean editable) {

	public record StatusStep(IdeaStatus status, Instant at) {
	}

}
