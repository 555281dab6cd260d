package nl.wijkstem.idea;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a moderator needs beside the idea itself to decide about it.
 *
 * @param authorOtherIdeas how many other ideas its author sent in (not counting drafts)
 * @param reports the idea's and its comments' open reports
 * @param revisions earlier texts, newest first
 * @param hiddenComments comments moderators or reports hid
 */
public record ModerationFacts(long authorOtherIdeas, List<ReportSummary> reports, List<RevisionView> revisions,
		List<HiddenComment> hiddenComments) {

	/**
	 * Open reports on one idea or comment.
	 *
	 * @param excerpt the comment's words (user text), or the idea's title
	 * @param hidden whether it is hidden now
	 */
	public record ReportSummary(String targetKey, Long ideaId, Long commentId, String excerpt, boolean hidden,
			long reporters, Map<ReportReason, Long> reasons, Instant firstReportedAt) {
	}

	/**
	 * The text before a moderator changed it (user text), with who, the kind of reason
	 * and the reason. Parts removed because they held personal data are empty and listed
	 * in {@code removed}, with who removed them and when.
	 *
	 * @param removedBy who removed parts (user text), empty when nothing was removed
	 * @param removedAt when, {@code null} when nothing was removed
	 */
	public record RevisionView(String editorName, RevisionReason kind, String reason, String titleBefore,
			String descriptionBefore, String locationBefore, Instant at, Set<IdeaTextField> removed, String removedBy,
			Instant removedAt) {
	}

	/**
	 * A hidden comment (user text) with the moderator's reason, empty while reports await
	 * review.
	 */
	public record HiddenComment(Long id, String body, String reason) {
	}

}
