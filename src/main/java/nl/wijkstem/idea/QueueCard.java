package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Map;

/**
 * One item of the moderators' queue: an idea, or for reports also a comment. Title,
 * excerpts, names and place are residents' text: render as text only.
 *
 * @param ideaId the idea (for a reported comment: the idea it belongs to)
 * @param commentId the reported comment, {@code null} for an idea
 * @param title the idea's title
 * @param excerpt the start of the idea's description
 * @param commentExcerpt the start of the reported comment, empty for an idea
 * @param authorName the name shown publicly beside the idea or comment; empty when the
 * public pages show "a resident"
 * @param locationText the author's description of the place, possibly empty
 * @param language the language the idea seems written in (ISO 639-1, or {@code und})
 * @param submittedAt when the idea was sent in, or the reported comment written
 * ({@code null} only for very old data)
 * @param waitingSince when the item entered this list (sent in, published, or first
 * reported)
 * @param reports how many residents reported it and have not been answered yet
 * @param reasons the open reports' reasons with their counts
 * @param hidden whether it is hidden now
 * @param duplicateOf the original when the idea was marked as a duplicate, else
 * {@code null}
 * @param version the idea's version, for actions on a selection
 */
public record QueueCard(Long ideaId, Long commentId, String title, String excerpt, String commentExcerpt,
		String authorName, IdeaStatus status, PlaceKind placeKind, String locationText, String themeName,
		String goalName, String language, Instant submittedAt, Instant waitingSince, long reports,
		Map<ReportReason, Long> reasons, boolean hidden, IdeaLink duplicateOf, int version) {

	/** The key the reports of this item share ({@code idea:1} or {@code comment:2}). */
	public String targetKey() {
		return commentId == null ? "idea:" + ideaId : "comment:" + commentId;
	}

}
