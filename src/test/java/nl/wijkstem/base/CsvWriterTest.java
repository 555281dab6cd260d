package nl.wijkstem.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import nl.wijkstem.support.CsvReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	/** Cells a resident could type to make a spreadsheet run something. */
	private static final List<String> ATTACKS = List.of("=1+1", "+31 10 1234567", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
			"\t=1", "\r=1", "Bankjes,=1+1", "Bankjes;=1+1", "Bankjes, =HYPERLINK(\"http://kwaad.example\")",
			"regel een\n-regel twee", "regel een\r\n@regel twee", "a,\"=1+1", "a\t+1", " =1+1",
			"=HYPERLINK(\"http://kwaad.example\";\"klik\")");

	@Test
	void cell_thatStartsLikeAFormula_getsAnApostrophe_otherTextStaysAsItIs() {
		for (String formula : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(CsvWriter.cell(formula)).isEqualTo("\"'" + formula + "\"");
		}
		assertThat(CsvWriter.cell("Publiceren")).isEqualTo("\"Publiceren\"");
		assertThat(CsvWriter.cell("goal=2 themes=-")).isEqualTo("\"goal=2 themes=-\"");
		assertThat(CsvWriter.cell("zeg \"hoi\"")).isEqualTo("\"zeg \"\"hoi\"\"\"");
		assertThat(CsvWriter.cell("2026-05-01T10:00:00+02:00")).isEqualTo("\"2026-05-01T10:00:00+02:00\"");
		assertThat(CsvWriter.cell(null)).isEqualTo("\"\"");
	}

	@Test
	void cell_withAFormulaAfterAnotherProgramsSeparator_getsAnApostropheThereToo() {
		assertThat(CsvWriter.cell("Bankjes,=1+1")).isEqualTo("\"Bankjes,'=1+1\"");
		assertThat(CsvWriter.cell("Bankjes; +1")).isEqualTo("\"Bankjes; '+1\"");
		assertThat(CsvWriter.cell("regel\n-twee")).isEqualTo("\"regel\n'-twee\"");
		assertThat(CsvWriter.cell("a,\"=1")).isEqualTo("\"a,\"\"'=1\"");
		assertThat(CsvWriter.cell("tien-twintig, min-max")).isEqualTo("\"tien-twintig, min-max\"");
	}

	@Test
	void time_isIso8601InDutchTime_withItsOffset_toTheSecond() {
		assertThat(CsvWriter.time(Instant.parse("2026-07-01T08:00:00.123456Z"))).isEqualTo("2026-07-01T10:00:00+02:00");
		assertThat(CsvWriter.time(Instant.parse("2026-12-01T08:00:00Z"))).isEqualTo("2026-12-01T09:00:00+01:00");
		assertThat(CsvWriter.time(null)).isEmpty();
	}

	@Test
	void rows_areUtf8WithAByteOrderMark_semicolons_andCrLf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = new CsvWriter(out);

		csv.row(List.of("Nummer", "Titel"));
		csv.row(List.of("1", "Één bankje"));
		csv.flush();

		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF\"Nummer\";\"Titel\"\r\n\"1\";\"Één bankje\"\r\n");
	}

	@Test
	void file_readWithOurSeparator_givesBackEveryCell_withOnlyTheApostrophesAdded() throws IOException {
		String csv = write(ATTACKS);

		List<CSVRecord> records = CsvReading.rows(csv);

		assertThat(records).hasSize(1);
		List<String> cells = records.getFirst().toList();
		assertThat(cells).hasSize(ATTACKS.size());
		for (int i = 0; i < cells.size(); i++) {
			assertThat(cells.get(i).replace("'", "")).isEqualTo(ATTACKS.get(i).replace("'", ""));
		}
		CsvReading.assertNoCellStartsAFormula(cells);
	}

	@Test
	void file_readWithCommasOrTabs_leniently_hasNoCellThatStartsAFormula() throws IOException {
		String csv = write(ATTACKS);

		for (char separator : new char[] { ',', '\t' }) {
			List<String> cells = CsvReading.lenientCells(separator, csv);
			assertThat(cells).as("read with " + (int) separator).hasSizeGreaterThan(1);
			CsvReading.assertNoCellStartsAFormula(cells);
		}
	}

	private static String write(List<String> cells) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = new CsvWriter(out);
		csv.row(cells);
		csv.flush();
		return out.toString(StandardCharsets.UTF_8);
	}

}
