package nl.wijkstem.moderation.audit;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.base.DisplayFormats;

/**
 * The audit trail's rows, written by the {@link CsvWriter} every export uses: text a
 * resident or moderator typed can never become a spreadsheet formula.
 */
final class AuditCsv {

	static final int COLUMNS = 9;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DisplayFormats.DUTCH_TIME);

	private AuditCsv() {
	}

	static void header(CsvWriter out, List<String> header) throws IOException {
		if (header.size() != COLUMNS) {
			throw new IllegalArgumentException("The audit CSV has " + COLUMNS + " columns, not " + header.size());
		}
		out.row(header);
	}

	static void entry(CsvWriter out, AuditEntryView entry) throws IOException {
		out.row(List.of(TIME.format(entry.occurredAt()), text(entry.actorId()), text(entry.actorName()),
				text(entry.action()), text(entry.subjectType()), text(entry.subjectId()), text(entry.before()),
				text(entry.after()), text(entry.reason())));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
