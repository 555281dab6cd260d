package nl.wijkstem.account;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.wijkstem.account.AddressImportResult.LineProblem;

/**
 * Reads an address list as spreadsheets and the BAG export write it: a header row with
 * column names in any order, fields separated by {@code ;} or {@code ,} (or a tab),
 * optionally in double quotes, in UTF-8 or Windows-1252. Every line is checked; the
 * result holds either addresses or problems.
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
		List<String> rows = decode(content).lines().toList();
		List<Line> lines = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		int headerIndex = 0;
		while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
			headerIndex++;
		}
		if (headerIndex == rows.size()) {
			return new Parsed(lines, List.of(new LineProblem(1, "residency.import.error.empty")));
		}
		String header = rows.get(headerIndex);
		char separator = separator(header);
		Map<Column, Integer> columns = columns(split(header, separator));
		if (!columns.keySet().containsAll(REQUIRED)) {
			return new Parsed(lines, List.of(new LineProblem(headerIndex + 1, "residency.import.error.header")));
		}
		int width = split(header, separator).size();
		int dataRows = 0;
		for (int i = headerIndex + 1; i < rows.size(); i++) {
			if (rows.get(i).isBlank()) {
				continue;
			}
			if (++dataRows > MAX_LINES) {
				return new Parsed(List.of(),
						List.of(new LineProblem(i + 1, "residency.import.error.tooLarge", MAX_LINES)));
			}
			read(i + 1, split(rows.get(i), separator), width, columns, lines, problems);
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new LineProblem(headerIndex + 1, "residency.import.error.empty"));
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
		String street = strip(typedStreet);
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
		String place = strip(typedPlace);
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

	/** The fields of one line; a field in double quotes may hold the separator. */
	static List<String> split(String row, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				quoted = true;
				field.setLength(0);
			}
			else if (c == separator) {
				fields.add(field.toString().strip());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString().strip());
		return fields;
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
