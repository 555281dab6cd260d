package nl.wijkstem.idea;

import java.util.Set;

/**
 * A moderator closed the reports on an idea or comment: the residents who reported it
 * hear the outcome. When the reports were dismissed they read the moderator's words
 * (written for them); when upheld, the author reads those instead and the reporters only
 * hear that action was taken.
 *
 * @param reporterIds who reported it (accounts that still exist)
 * @param title the idea's title (user text)
 * @param comment whether a comment was reported, not the idea itself
 * @param message the moderator's words for the reporters (user text), empty when upheld
 */
public record ReportsResolved(Set<Long> reporterIds, Long ideaId, String title, boolean comment,
		ReportResolution resolution, String message) {

	public ReportsResolved {
		reporterIds = Set.copyOf(reporterIds);
	}

}
