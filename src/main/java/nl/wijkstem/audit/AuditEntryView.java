package nl.wijkstem.audit;

import java.time.Instant;

/**
 * One entry of the audit trail. Names, states and reason are user text.
 */
public record AuditEntryView(Long id, Instant occurredAt, Long actorId, String actorName, String action,
		String subjectType, Long subjectId, String before, String after, String reason) {
}
