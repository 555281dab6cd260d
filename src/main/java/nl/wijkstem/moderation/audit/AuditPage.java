package nl.wijkstem.moderation.audit;

import java.util.List;

/**
 * One page of the audit trail and how many entries match the filter in all.
 */
public record AuditPage(List<AuditEntryView> entries, long total) {
}
