package nl.wijkstem.idea;

import java.time.Instant;

/**
 * An idea or comment with open reports.
 */
record ReportedTarget(String targetKey, Long ideaId, Long commentId, long reports, Instant firstReportedAt) {
}
