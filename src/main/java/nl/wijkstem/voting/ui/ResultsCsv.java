package nl.wijkstem.voting.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import nl.wijkstem.base.CsvWriter;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundResults;

/**
 * A round's results as CSV, written by the {@link CsvWriter} every export uses (every
 * cell quoted, safe against formula injection). A round has few lines, so the file is
 * made at once.
 */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static byte[] of(Component view, RoundResults results) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			write(new CsvWriter(bytes), view, results);
		}
		catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
		return bytes.toByteArray();
	}

	private static void write(CsvWriter csv, Component view, RoundResults results) throws IOException {
		boolean budget = results.kind() == BallotKind.BUDGET;
		List<String> header = new ArrayList<>(List.of(view.getTranslation("results.column.rank"),
				view.getTranslation("results.column.idea"), view.getTranslation("results.column.ideaId")));
		if (budget) {
			header.add(view.getTranslation("results.column.cost"));
		}
		header.add(view.getTranslation("results.column.votes"));
		header.add(view.getTranslation(budget ? "results.column.greedy" : "results.column.chosen"));
		if (results.equalShares()) {
			header.add(view.getTranslation("results.column.shares." + results.sharesVariant()));
		}
		csv.row(header);
		String yes = view.getTranslation("results.yes");
		String no = view.getTranslation("results.no");
		for (RoundResults.ResultLine result : results.lines()) {
			List<String> cells = new ArrayList<>(
					List.of(String.valueOf(result.rank()), VotingTexts.lineTitle(view, result), ideaIds(result)));
			if (budget) {
				cells.add(result.cost() == null ? "" : String.valueOf(result.cost()));
			}
			cells.add(String.valueOf(result.votes()));
			cells.add(result.chosenByVotes() ? yes : no);
			if (results.equalShares()) {
				cells.add(result.chosenByShares() ? yes : no);
			}
			csv.row(cells);
		}
		csv.flush();
	}

	/** The idea's id, or a group's idea ids separated by spaces. */
	private static String ideaIds(RoundResults.ResultLine result) {
		if (!result.isGroup()) {
			return String.valueOf(result.ideaId());
		}
		return String.join(" ", result.ideas().stream().map(idea -> String.valueOf(idea.id())).toList());
	}

}
