package nl.wijkstem.moderation.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import nl.wijkstem.base.DisplayFormats;

/**
 * The audit trail as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads
 * the accents right), semicolons between cells (what Excel expects in a Dutch setting),
 * every cell quoted. A cell that a spreadsheet would run as a formula gets an apostrophe
 * in front, so text a resident or moderator typed can never become one (CSV injection).
 */
final class AuditCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	static final char SEPARATOR = ';';

	static final int COLUMNS = 9;

	private static final String LINE_END = "\r\n";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DisplayFormats.DUTCH_TIME);

	private AuditCsv() {
	}

	static void header(Writer out, List<String> header) throws IOException {
		if (header.size() != COLUMNS) {
			throw new IllegalArgumentException("The audit CSV has " + COLUMNS + " columns, not " + header.size());
		}
		out.write(BYTE_ORDER_MARK);
		row(out, header);
	}

	static void entry(Writer out, AuditEntryView entry) throws IOException {
		row(out, List.of(TIME.format(entry.occurredAt()), text(entry.actorId()), text(entry.actorName()),
				text(entry.action()), text(entry.subjectType()), text(entry.subjectId()), text(entry.before()),
				text(entry.after()), text(entry.reason())));
	}

	/** One quoted cell, made harmless for spreadsheets. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		out.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(String.valueOf(SEPARATOR))));
		out.write(LINE_END);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
