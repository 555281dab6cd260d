package nl.wijkstem.audit;

import java.util.List;

/**
 * One page of the audit trail in words and how many entries match the filter in all.
 */
public record AuditPage(List<AuditLine> lines, long total) {

	/** The entries as recorded. */
	public List<AuditEntryView> entries() {
		return lines.stream().map(AuditLine::entry).toList();
	}

}
