package nl.wijkstem.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.wijkstem.account.AddressImportResult.LineProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an address list as spreadsheets and the BAG export write it: a header row with
 * column names in any order, fields separated by {@code ;} or {@code ,} (or a tab),
 * optionally in double quotes (which may hold the separator and line breaks), in UTF-8 or
 * Windows-1252. Apache Commons CSV reads the records; every record is checked, and
 * problems name the line it starts on. The result holds either addresses or problems.
 */
final class AddressCsv {

	static final int MAX_LINES = 20_000;

	private static final List<Column> REQUIRED = List.of(Column.STREET, Column.NUMBER, Column.POSTCODE);

	private static final int SHOWN_VALUE_LENGTH = 40;

	private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}");

	private static final Pattern ADDITION = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 /-]{0,9}");

	enum Column {

		STREET("straat", "straatnaam", "street", "streetname", "openbareruimte", "openbareruimtenaam"),
		NUMBER("huisnummer", "huisnr", "nummer", "nr", "housenumber", "number"), LETTER("huisletter", "houseletter"),
		ADDITION("toevoeging", "huisnummertoevoeging", "addition", "suffix"),
		POSTCODE("postcode", "postalcode", "zipcode", "zip"),
		PLACE("woonplaats", "woonplaatsnaam", "plaats", "place", "city", "town");

		private final List<String> names;

		Column(String... names) {
			this.names = List.of(names);
		}

	}

	/**
	 * @param number the line number in the file, the header being line 1
	 */
	record Line(int number, AddressLine address) {
	}

	record Parsed(List<Line> lines, List<LineProblem> problems) {
	}

	private AddressCsv() {
	}

	static Parsed parse(byte[] content) {
		String text = decode(content);
		String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse(null);
		if (header == null) {
			return new Parsed(List.of(), List.of(new LineProblem(1, "residency.import.error.empty")));
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator(header))
			.setIgnoreSurroundingSpaces(true)
			// blank lines are read as records, so every record knows the line it starts
			// on
			.setIgnoreEmptyLines(false)
			// text after a closing quote belongs to the field, as spreadsheets read it
			.setTrailingData(true)
			.get();
		List<Line> lines = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		Map<Column, Integer> columns = null;
		int headerLine = 0;
		int width = 0;
		int dataRows = 0;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// a record starts on the line after the last one read; quoted line
				// breaks make it end further on
				int number = (int) parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException unclosedQuote) {
					return new Parsed(List.of(), List.of(new LineProblem(number, "residency.import.error.quote")));
				}
				List<String> fields = record.stream().map(String::strip).toList();
				if (fields.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (columns == null) {
					columns = columns(fields);
					if (!columns.keySet().containsAll(REQUIRED)) {
						return new Parsed(List.of(), List.of(new LineProblem(number, "residency.import.error.header")));
					}
					headerLine = number;
					width = fields.size();
					continue;
				}
				if (++dataRows > MAX_LINES) {
					return new Parsed(List.of(),
							List.of(new LineProblem(number, "residency.import.error.tooLarge", MAX_LINES)));
				}
				read(number, fields, width, columns, lines, problems);
			}
		}
		catch (IOException cannotHappenReadingAString) {
			throw new UncheckedIOException(cannotHappenReadingAString);
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new LineProblem(Math.max(headerLine, 1), "residency.import.error.empty"));
		}
		return new Parsed(problems.isEmpty() ? lines : List.of(), problems);
	}

	private static void read(int number, List<String> fields, int width, Map<Column, Integer> columns, List<Line> lines,
			List<LineProblem> problems) {
		int used = fields.size();
		while (used > width && fields.get(used - 1).isEmpty()) {
			used--;
		}
		if (used > width) {
			problems.add(new LineProblem(number, "residency.import.error.columns", used, width));
			return;
		}
		// a line cut short (a separator forgotten) would otherwise be blamed on its
		// postcode; only optional columns at its end may be left off, as spreadsheets do
		if (REQUIRED.stream().anyMatch(column -> columns.get(column) >= fields.size())) {
			problems.add(new LineProblem(number, "residency.import.error.tooFewFields", fields.size(), width));
			return;
		}
		Checked checked = check(field(fields, columns, Column.STREET), field(fields, columns, Column.NUMBER),
				String.join(" ", field(fields, columns, Column.LETTER), field(fields, columns, Column.ADDITION)),
				field(fields, columns, Column.POSTCODE), field(fields, columns, Column.PLACE));
		checked.problems()
			.forEach(problem -> problems.add(new LineProblem(number, problem.messageKey(), problem.arguments())));
		if (checked.address() != null) {
			lines.add(new Line(number, checked.address()));
		}
	}

	/**
	 * Checks an address as typed, in a file or in a form: the same rules for both.
	 * @return the address, normalised, or {@code null} and a problem per wrong field
	 */
	static Checked check(String typedStreet, String houseNumber, String typedAddition, String typedPostcode,
			String typedPlace) {
		List<AddressProblem> problems = new ArrayList<>();
		String street = oneLine(typedStreet);
		if (street.isEmpty() || street.length() > 200) {
			problems.add(new AddressProblem(AddressField.STREET, "residency.import.error.street"));
		}
		String number = strip(houseNumber);
		if (!HOUSE_NUMBER.matcher(number).matches()) {
			problems.add(
					new AddressProblem(AddressField.HOUSE_NUMBER, "residency.import.error.houseNumber", shown(number)));
		}
		String addition = strip(typedAddition).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		if (!addition.isEmpty() && !ADDITION.matcher(addition).matches()) {
			problems.add(new AddressProblem(AddressField.ADDITION, "residency.import.error.addition", shown(addition)));
		}
		String postcode = AddressLine.normalisePostcode(typedPostcode);
		if (postcode == null) {
			problems.add(new AddressProblem(AddressField.POSTCODE, "residency.import.error.postcode",
					shown(strip(typedPostcode))));
		}
		String place = oneLine(typedPlace);
		if (place.length() > 100) {
			problems.add(new AddressProblem(AddressField.PLACE, "residency.import.error.place"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(
				new AddressLine(street, Integer.parseInt(number), addition, postcode, place.isEmpty() ? null : place),
				List.of());
	}

	/** An address that passed the checks, or what is wrong with it. */
	record Checked(AddressLine address, List<AddressProblem> problems) {
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	/** A name a spreadsheet cell broke over lines, or spaced twice, as one line. */
	private static String oneLine(String text) {
		return strip(text).replaceAll("\\s+", " ");
	}

	private static String field(List<String> fields, Map<Column, Integer> columns, Column column) {
		Integer index = columns.get(column);
		return index == null || index >= fields.size() ? "" : fields.get(index);
	}

	private static String shown(String value) {
		return value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
	}

	private static Map<Column, Integer> columns(List<String> names) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]", "");
			for (Column column : Column.values()) {
				if (column.names.contains(name)) {
					columns.putIfAbsent(column, i);
				}
			}
		}
		return columns;
	}

	private static char separator(String header) {
		if (header.indexOf(';') >= 0) {
			return ';';
		}
		if (header.indexOf('\t') >= 0) {
			return '\t';
		}
		return ',';
	}

	/** UTF-8 (with or without a byte order mark), else Windows-1252 as Excel saves it. */
	private static String decode(byte[] content) {
		int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
		}
	}

}
