package nl.wijkstem.voting.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.ViewTest;
import nl.wijkstem.voting.BallotEntry;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundResults;
import nl.wijkstem.voting.TieBreak;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsCsvTest extends ViewTest {

	@Test
	void ideaTitleWithACommaAndAFormula_isNoFormula_forAReaderThatSplitsOnCommas() throws IOException {
		String csv = csv(results("Bankjes,=1+1", "-2+3+cmd|' /C calc'!A0"));

		List<String> cells = CsvReading.lenientCells(',', csv);

		assertThat(String.join("|", cells)).contains("=1+1");
		CsvReading.assertNoCellStartsAFormula(cells);
	}

	@Test
	void readWithSemicolons_everyCellIsWhereItBelongs() throws IOException {
		String csv = csv(results("Bankjes,=1+1", "Bomen; \"groen\""));

		List<CSVRecord> rows = CsvReading.rows(csv);

		assertThat(rows).hasSize(3);
		assertThat(rows.getFirst().toList()).containsExactly("Plaats", "Idee", "Nummer van het idee", "Kosten",
				"Stemmen", "Gekozen (meeste stemmen eerst)");
		assertThat(rows.get(1).toList()).containsExactly("1", "Bankjes,'=1+1", "11", "5000", "7", "ja");
		assertThat(rows.get(2).toList()).containsExactly("2", "Bomen; \"groen\"", "12", "3000", "2", "nee");
		CsvReading.assertNoCellStartsAFormula(rows.stream().flatMap(CSVRecord::stream).toList());
	}

	private static String csv(RoundResults results) {
		return new String(ResultsCsv.of(new Div(), results), StandardCharsets.UTF_8);
	}

	private static RoundResults results(String first, String second) {
		List<RoundResults.ResultLine> lines = List.of(
				new RoundResults.ResultLine(1, 1L, 11L, first, 5000L, 7, true, false, true,
						List.<BallotEntry.IdeaLink>of()),
				new RoundResults.ResultLine(2, 2L, 12L, second, 3000L, 2, false, false, false,
						List.<BallotEntry.IdeaLink>of()));
		return new RoundResults(99L, "Ronde", BallotKind.BUDGET, 10_000L, null, 9, null, null,
				TieBreak.EARLIER_SUBMITTED, lines, 5000, 0, 1111.0);
	}

}
