package nl.wijkstem.audit;

/**
 * One entry of the audit trail in words: what the page and the CSV file show.
 *
 * @param entry the entry as recorded, with its codes
 * @param who who acted, or what acted for them (a voting round on its own time)
 * @param action what they did
 * @param subjectType the kind of thing they acted on
 * @param subject which one, named where it can be ("Idee 12: Bankjes bij de Krabbeplas");
 * the name is user text
 * @param pageType the kind of thing to link to for the subject (a comment links to its
 * idea), {@code null} when there is nothing to link to
 * @param pageId which one
 * @param before the state before, in words (may hold user text)
 * @param after the state after, in words (may hold user text)
 */
public record AuditLine(AuditEntryView entry, String who, String action, String subjectType, String subject,
		String pageType, Long pageId, String before, String after) {
}
