package nl.wijkstem.account;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import nl.wijkstem.account.AddressImportResult.LineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressCsvTest {

	@Test
	void semicolonFile_withHeaderInAnyOrder_isRead() {
		AddressCsv.Parsed parsed = parse("""
				postcode;huisnummer;toevoeging;straat
				3132 xa;12;a;Reigerlaan
				3132XB;3;;Floris de Vijfdelaan
				""");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(AddressCsv.Line::address)
			.containsExactly(new AddressLine("Reigerlaan", 12, "A", "3132XA", null),
					new AddressLine("Floris de Vijfdelaan", 3, "", "3132XB", null));
		assertThat(parsed.lines()).extracting(AddressCsv.Line::number).containsExactly(2, 3);
	}

	@Test
	void commaFile_withQuotesPlaceAndEnglishHeader_isRead() {
		AddressCsv.Parsed parsed = parse("""
				Street,House number,Addition,Postcode,City
				"Van Hogendorplaan, zijkant",101,,3132 XC,Vlaardingen

				"De ""Oude"" Haven",7,bis,3131AA,Vlaardingen
				""");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(AddressCsv.Line::address)
			.containsExactly(new AddressLine("Van Hogendorplaan, zijkant", 101, "", "3132XC", "Vlaardingen"),
					new AddressLine("De \"Oude\" Haven", 7, "BIS", "3131AA", "Vlaardingen"));
	}

	@Test
	void quotedStreetName_withALineBreak_isOneAddress_andLaterLinesKeepTheirNumbers() {
		AddressCsv.Parsed parsed = parse(
				"straat;huisnummer;postcode\n\"Floris de\r\nVijfdelaan\";3;3132XB\n" + "Reigerlaan;12;3132XA\n");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(AddressCsv.Line::address)
			.containsExactly(new AddressLine("Floris de Vijfdelaan", 3, "", "3132XB", null),
					new AddressLine("Reigerlaan", 12, "", "3132XA", null));
		assertThat(parsed.lines()).extracting(AddressCsv.Line::number).containsExactly(2, 4);
	}

	@Test
	void aProblemAfterALineBreakInQuotes_namesTheLineItIsOn() {
		AddressCsv.Parsed parsed = parse("""
				straat,huisnummer,postcode

				"Van Hogendorplaan
				zijkant",101,3132XC
				Reigerlaan,twaalf,3132XA
				""");

		assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "residency.import.error.houseNumber"));
	}

	@Test
	void aQuoteThatIsNeverClosed_isRefused_atTheLineWhereItOpens() {
		AddressCsv.Parsed parsed = parse("""
				straat;huisnummer;postcode
				Reigerlaan;12;3132XA
				"Floris de Vijfdelaan;3;3132XB
				Marnixlaan;4;3132AC
				""");

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "residency.import.error.quote"));
	}

	@Test
	void bagColumns_letterAndAddition_areJoined() {
		AddressCsv.Parsed parsed = parse("openbare_ruimte_naam;huisnummer;huisletter;huisnummertoevoeging;postcode\n"
				+ "Marnixlaan;4;B;2;3132AC\n");

		assertThat(parsed.lines()).extracting(line -> line.address().addition()).containsExactly("B 2");
	}

	@Test
	void excelFile_inWindows1252WithByteOrderMarkLess_keepsItsAccents() {
		byte[] content = "straat;huisnummer;postcode\r\nCoöperatiestraat;1;3132AD\r\n"
			.getBytes(Charset.forName("windows-1252"));

		AddressCsv.Parsed parsed = AddressCsv.parse(content);

		assertThat(parsed.lines()).extracting(line -> line.address().street()).containsExactly("Coöperatiestraat");
	}

	@Test
	void utf8File_withByteOrderMark_isRead() {
		byte[] content = ("\uFEFFstraat,huisnummer,postcode\nCoöperatiestraat,1,3132AD\n")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(AddressCsv.parse(content).lines()).hasSize(1);
	}

	@Test
	void wrongLines_giveOneProblemEach_withTheirLineNumber_andNoAddresses() {
		AddressCsv.Parsed parsed = parse("""
				straat;huisnummer;toevoeging;postcode
				Reigerlaan;12;;3132XA
				Reigerlaan;twaalf;;3132XA
				;5;;3132XA
				Reigerlaan;14;;0132XA
				Reigerlaan;16;;3132SS
				Reigerlaan;18;veel te lange toevoeging;3132XA
				Reigerlaan;20;;3132XA;extra
				""");

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "residency.import.error.houseNumber"),
					org.assertj.core.groups.Tuple.tuple(4, "residency.import.error.street"),
					org.assertj.core.groups.Tuple.tuple(5, "residency.import.error.postcode"),
					org.assertj.core.groups.Tuple.tuple(6, "residency.import.error.postcode"),
					org.assertj.core.groups.Tuple.tuple(7, "residency.import.error.addition"),
					org.assertj.core.groups.Tuple.tuple(8, "residency.import.error.columns"));
		assertThat(parsed.problems().getFirst().arguments()).containsExactly("twaalf");
	}

	@Test
	void lineCutShort_isTooFewFields_notAWrongPostcode() {
		AddressCsv.Parsed parsed = parse("""
				straat;huisnummer;toevoeging;postcode
				Reigerlaan;12;3132XA
				Reigerlaan
				""");

		assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "residency.import.error.tooFewFields"),
					org.assertj.core.groups.Tuple.tuple(3, "residency.import.error.tooFewFields"));
		assertThat(parsed.problems().getFirst().arguments()).containsExactly(3, 4);
	}

	@Test
	void optionalColumnsAtTheEnd_mayBeLeftOff() {
		AddressCsv.Parsed parsed = parse("straat;huisnummer;postcode;toevoeging;woonplaats\nReigerlaan;12;3132XA\n");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(AddressCsv.Line::address)
			.containsExactly(new AddressLine("Reigerlaan", 12, "", "3132XA", null));
	}

	@Test
	void trailingEmptyFields_areTolerated() {
		assertThat(parse("straat;huisnummer;postcode\nReigerlaan;12;3132XA;;\n").problems()).isEmpty();
	}

	@Test
	void headerWithoutTheRequiredColumns_isRefused() {
		assertThat(parse("naam;adres\nKees;Reigerlaan 12\n").problems()).extracting(LineProblem::messageKey)
			.containsExactly("residency.import.error.header");
	}

	@Test
	void emptyFile_isRefused() {
		assertThat(parse("\n\n").problems()).extracting(LineProblem::messageKey)
			.containsExactly("residency.import.error.empty");
		assertThat(parse("straat;huisnummer;postcode\n").problems()).extracting(LineProblem::messageKey)
			.containsExactly("residency.import.error.empty");
	}

	@ParameterizedTest(name = "postcode \"{0}\" is {1}")
	@CsvSource({ "3132 AB, 3132AB", "3132ab, 3132AB", "' 3132  AB ', 3132AB", "0132AB, ''", "3132 SA, ''",
			"3132 SD, ''", "3132A, ''", "31321AB, ''", "ABCD12, ''" })
	void postcodes_areNormalisedOrRefused(String typed, String expected) {
		assertThat(AddressLine.normalisePostcode(typed)).isEqualTo(expected.isEmpty() ? null : expected);
	}

	private static AddressCsv.Parsed parse(String text) {
		return AddressCsv.parse(text.getBytes(StandardCharsets.UTF_8));
	}

}
