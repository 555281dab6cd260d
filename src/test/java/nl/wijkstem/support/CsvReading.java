package nl.wijkstem.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the CSV exports as other programs do, for tests of their formula safety.
 */
public final class CsvReading {

	private CsvReading() {
	}

	/** The rows as our own separator (semicolons) and quoting give them. */
	public static List<CSVRecord> rows(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(withoutMark(csv)))
			.getRecords();
	}

	/**
	 * Every cell a reader finds that splits on another separator and, like a spreadsheet,
	 * keeps reading after a closing quote that is not followed by it.
	 */
	public static List<String> lenientCells(char separator, String csv) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setTrailingData(true)
			.setLenientEof(true)
			.get()
			.parse(new StringReader(withoutMark(csv)))
			.stream()
			.flatMap(CSVRecord::stream)
			.toList();
	}

	/** No cell starts, after spaces and quotes, with what a spreadsheet runs. */
	public static void assertNoCellStartsAFormula(List<String> cells) {
		assertThat(cells).allSatisfy(cell -> assertThat(cell.replaceFirst("^[\\s\"]+", "")).as("cell <%s>", cell)
			.doesNotStartWith("=")
			.doesNotStartWith("+")
			.doesNotStartWith("-")
			.doesNotStartWith("@"));
	}

	private static String withoutMark(String csv) {
		return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
	}

}
