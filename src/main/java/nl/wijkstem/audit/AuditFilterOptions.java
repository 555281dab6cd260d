package nl.wijkstem.audit;

import java.util.List;

/**
 * The values the trail holds, to choose filters from.
 */
public record AuditFilterOptions(List<String> actions, List<AuditActor> actors, List<String> subjectTypes) {
}
