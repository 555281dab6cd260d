package nl.wijkstem.idea;

import java.util.List;

/**
 * One page of reported ideas and comments for the moderators, and how many there are.
 */
public record ReportedPage(List<ModerationFacts.ReportSummary> items, long total) {
}
