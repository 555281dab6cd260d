package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Set;

/**
 * One public idea as a row of the programme's reports. Title, description and place are
 * user text.
 *
 * @param locationText the place in the author's words, empty when none
 * @param latitude the pin on the map (WGS84), {@code null} when there is none
 * @param goalId the programme goal it is filed under, or {@code null}
 * @param themeIds the local themes a moderator filed it under
 * @param updatedAt the last change to the idea itself
 * @param duplicateOf the original idea when this one is a duplicate, else {@code null}
 */
public record ExportedIdea(Long id, String title, String description, IdeaStatus status, PlaceKind placeKind,
		String locationText, Double latitude, Double longitude, Long goalId, Set<Long> themeIds, int supportCount,
		int commentCount, Instant submittedAt, Instant publishedAt, Instant updatedAt, Long duplicateOf) {
}
