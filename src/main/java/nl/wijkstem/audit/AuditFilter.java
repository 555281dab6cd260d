package nl.wijkstem.audit;

import java.time.LocalDate;

/**
 * Which entries of the audit trail to show; every part is optional ({@code null}).
 *
 * @param action an action code such as {@code idea.publish}
 * @param actor who acted
 * @param subjectType what was acted on, such as {@code idea}
 * @param subjectId which one
 * @param from the first day, in Dutch time
 * @param to the last day (inclusive), in Dutch time
 */
public record AuditFilter(String action, AuditActor actor, String subjectType, Long subjectId, LocalDate from,
		LocalDate to) {

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

}
