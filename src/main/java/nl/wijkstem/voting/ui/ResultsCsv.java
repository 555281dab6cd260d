package nl.wijkstem.voting.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import nl.wijkstem.voting.BallotKind;
import nl.wijkstem.voting.RoundResults;

/**
 * A round's results as CSV (semicolons, UTF-8 with a byte order mark so spreadsheet
 * programs read the accents), safe against formula injection.
 */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static byte[] of(Component view, RoundResults results) {
		boolean budget = results.kind() == BallotKind.BUDGET;
		List<String> header = new ArrayList<>(List.of(view.getTranslation("results.column.rank"),
				view.getTranslation("results.column.idea"), view.getTranslation("results.column.ideaId")));
		if (budget) {
			header.add(view.getTranslation("results.column.cost"));
		}
		header.add(view.getTranslation("results.column.votes"));
		header.add(view.getTranslation(budget ? "results.column.greedy" : "results.column.chosen"));
		if (results.equalShares()) {
			header.add(view.getTranslation("results.column.shares"));
		}
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, header);
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
			line(csv, cells);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The idea's id, or a group's idea ids separated by spaces. */
	private static String ideaIds(RoundResults.ResultLine result) {
		if (!result.isGroup()) {
			return String.valueOf(result.ideaId());
		}
		return String.join(" ", result.ideas().stream().map(idea -> String.valueOf(idea.id())).toList());
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(String.join(";", cells.stream().map(ResultsCsv::cell).toList())).append("\r\n");
	}

	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
