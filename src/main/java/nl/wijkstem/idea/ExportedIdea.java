package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Set;

/**
 * One public idea as a row of the programme's reports.
 *
 * @param goalId the programme goal it is filed under, or {@code null}
 * @param themeIds the local themes a moderator filed it under
 */
public record ExportedIdea(Long id, String title, IdeaStatus status, Long goalId, Set<Long> themeIds, int supportCount,
		Instant publishedAt) {
}
