package nl.wijkstem.idea;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the idea page shows. Text fields are user text: render as text only.
 *
 * @param authorName the author's display name, empty when unknown or deleted
 * @param mine whether the viewer wrote it
 * @param supportedByMe whether the viewer supports it
 * @param editable whether the viewer may still change or withdraw it
 * @param version the version shown, for decisions that must not overwrite a newer one
 * @param goalId the programme goal a moderator filed it under, or {@code null}
 * @param assignedThemeIds the local themes a moderator filed it under
 * @param assignedThemeNames their names, in the viewer's language
 * @param hidden whether moderators (or reports awaiting review) took it out of view
 * @param hiddenReason the moderator's reason, empty while reports await review
 * @param duplicateOf the idea this one duplicates, or {@code null}
 * @param collectedAt where a moderator collected it on paper or in person, else empty
 */
public record IdeaDetails(Long id, String title, String description, PlaceKind placeKind, String themeName,
		String goalName, String locationText, Double latitude, Double longitude, IdeaStatus status,
		List<StatusStep> history, int supportCount, int commentCount, String authorName, boolean mine,
		boolean supportedByMe, boolean editable, int version, Long goalId, Set<Long> assignedThemeIds,
		List<String> assignedThemeNames, boolean hidden, String hiddenReason, SimilarIdea duplicateOf,
		String collectedAt, String language) {

	/** Whether residents can add their support and comments now. */
	public boolean openForSupport() {
		return status.isOpenForSupport() && !hidden;
	}

	/**
	 * @param kind a status change, an official answer or a revision by a moderator
	 * @param note the moderator's message with this step, empty when there is none
	 * @param photos photos of the work with a progress update
	 */
	public record StatusStep(IdeaStatus status, Instant at, String note, TimelineKind kind, List<PhotoView> photos) {
	}

}
