package nl.wijkstem.audit;

import java.io.IOException;
import java.util.List;

import nl.wijkstem.base.CsvWriter;

/**
 * The audit trail's rows, written by the {@link CsvWriter} every export uses: text a
 * resident or moderator typed can never become a spreadsheet formula. The same words as
 * the page, then the codes as recorded in columns of their own, for whoever filters or
 * counts them.
 */
final class AuditCsv {

	/** The columns, each titled by {@code audit.csv.<column>}. */
	static final List<String> COLUMNS = List.of("when", "accountId", "who", "action", "subject", "before", "after",
			"reason", "actionCode", "subjectType", "subjectId", "beforeRecorded", "afterRecorded");

	private AuditCsv() {
	}

	static void header(CsvWriter out, AuditWords words) throws IOException {
		out.row(COLUMNS.stream().map(column -> words.text("audit.csv." + column).orElse(column)).toList());
	}

	static void line(CsvWriter out, AuditLine line) throws IOException {
		AuditEntryView entry = line.entry();
		out.row(List.of(CsvWriter.time(entry.occurredAt()), text(entry.actorId()), line.who(), line.action(),
				line.subject(), line.before(), line.after(), text(entry.reason()), text(entry.action()),
				text(entry.subjectType()), text(entry.subjectId()), text(entry.before()), text(entry.after())));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
