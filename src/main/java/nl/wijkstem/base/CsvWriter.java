package nl.wijkstem.base;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way Wijkstem writes CSV files, for every export: made for spreadsheet programs
 * and safe against CSV injection. Apache Commons CSV writes the records; this class
 * decides the format and makes each cell harmless first.
 * <ul>
 * <li>UTF-8 with a byte order mark, so Excel shows é and ë;</li>
 * <li>semicolons between cells (what Excel expects in a Dutch setting), lines ending in
 * CR LF;</li>
 * <li>every cell quoted, so a comma, semicolon, quote or line break in text never splits
 * a cell, whatever separator the reader assumes;</li>
 * <li>a cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets an apostrophe in front, so text a resident typed stays text;</li>
 * <li>so does such a start after a comma, semicolon, tab or line break inside a cell: a
 * program that splits on another separator than ours (an English Excel splits on commas,
 * and then reads quotes leniently) would start a new cell there. "Bankjes,=1+1" is
 * written as "Bankjes,'=1+1".</li>
 * </ul>
 * Rows go straight to the stream (buffered), so a long export never sits in memory.
 */
public final class CsvWriter implements Flushable {

	public static final char SEPARATOR = ';';

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(SEPARATOR)
		.setQuoteMode(QuoteMode.ALL)
		.setRecordSeparator("\r\n")
		.get();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
		.withZone(DisplayFormats.DUTCH_TIME);

	private static final String FORMULA_STARTS = "=+-@";

	/** Where some program may start a new cell or row inside one of ours. */
	private static final String BREAKS = ",;\t\r\n";

	private final Writer out;

	private final CSVPrinter printer;

	private boolean started;

	public CsvWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			this.printer = new CSVPrinter(this.out, FORMAT);
		}
		catch (IOException cannotHappenWithoutHeader) {
			throw new UncheckedIOException(cannotHappenWithoutHeader);
		}
	}

	/** Writes one row; the first row also writes the byte order mark. */
	public void row(List<String> cells) throws IOException {
		if (!started) {
			out.write(BYTE_ORDER_MARK);
			started = true;
		}
		printer.printRecord(cells.stream().map(CsvWriter::safe).toList());
	}

	/** Writes what is buffered to the stream, which stays open. */
	@Override
	public void flush() throws IOException {
		printer.flush();
	}

	/**
	 * A moment as every export writes it: ISO 8601 in Dutch time with its offset, to the
	 * second ({@code 2026-05-01T10:00:00+02:00}), unambiguous also around the clock
	 * change; empty for none.
	 */
	public static String time(Instant moment) {
		return moment == null ? "" : TIME.format(moment);
	}

	/** One cell as a row writes it: quoted, made harmless; {@code null} is empty. */
	public static String cell(String value) {
		return FORMAT.format(safe(value));
	}

	/**
	 * The text with an apostrophe before every place a spreadsheet could start a formula;
	 * {@code null} is empty.
	 */
	static String safe(String value) {
		String text = value == null ? "" : value;
		StringBuilder cell = new StringBuilder(text.length() + 2);
		if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r')) {
			cell.append('\'');
		}
		boolean mayStartCell = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (mayStartCell && FORMULA_STARTS.indexOf(c) >= 0) {
				cell.append('\'');
			}
			// spaces or quotes before a formula do not make it text in every program
			mayStartCell = BREAKS.indexOf(c) >= 0 || (mayStartCell && (c == ' ' || c == '"'));
			cell.append(c);
		}
		return cell.toString();
	}

}
