package nl.wijkstem.consultation;

import java.util.List;

/**
 * A consultation's results as residents (or, before they are out, staff) see them, in the
 * reader's language. Everything is counted; no answer can be traced to a person: open
 * texts appear only after a moderator showed them, and the map only as cells where at
 * least {@link #MIN_RESPONDENTS_PER_CELL} residents put a pin.
 *
 * @param respondents the responses, those collected on paper or at an evening included
 * @param collected how many of them a moderator typed in
 * @param questions every question and section heading, in order
 * @param grid how the area is divided into map cells
 */
public record ConsultationResults(Long consultationId, String title, String language, ConsultationPhase phase,
		boolean anonymous, int respondents, int collected, List<QuestionResult> questions, Grid grid) {

	/** Fewer residents than this with a pin in a cell, and the cell is not shown. */
	public static final int MIN_RESPONDENTS_PER_CELL = 5;

	public ConsultationResults {
		questions = List.copyOf(questions);
	}

	/**
	 * One question's figures; only the part that fits its kind is set.
	 *
	 * @param answered how many respondents answered it: the base of every percentage
	 * @param options choice, proposal and ranking questions: every option, ranking ones
	 * in their order of average position (best first), the others in the question's order
	 * @param scale scale questions, else {@code null}
	 * @param texts open questions, else {@code null}
	 * @param places place questions, else {@code null}
	 */
	public record QuestionResult(Long questionId, int position, QuestionKind kind, String text, String language,
			int answered, List<OptionCount> options, ScaleFigures scale, TextFigures texts, PlaceFigures places) {

		public QuestionResult {
			options = options == null ? List.of() : List.copyOf(options);
		}

	}

	/**
	 * One option's figures.
	 *
	 * @param count how many chose it; for a ranking, how many put it first
	 * @param percent {@code count} as a percentage of those who answered the question
	 * @param averagePosition ranking: its average place (1 is first), else {@code null}
	 */
	public record OptionCount(Long optionId, String label, String language, int count, double percent,
			Double averagePosition) {
	}

	/**
	 * @param counts how many chose each number, from 1 up to {@code max}
	 * @param mean the average of the numbers chosen, 0 when nobody answered
	 */
	public record ScaleFigures(int max, String lowLabel, String highLabel, List<Integer> counts, double mean) {

		public ScaleFigures {
			counts = List.copyOf(counts);
		}

	}

	/**
	 * @param count how many answered (read by a moderator or not)
	 * @param shown the answers a moderator showed, in their shown version
	 */
	public record TextFigures(int count, List<String> shown) {

		public TextFigures {
			shown = List.copyOf(shown);
		}

	}

	/**
	 * @param pins all pins on the map
	 * @param hiddenPins pins in cells that are not shown (too few residents)
	 * @param cells the cells shown, from north-west to south-east
	 * @param wordsOnly places described in words only, without a pin
	 * @param shownWords those of them a moderator showed
	 */
	public record PlaceFigures(int pins, int hiddenPins, List<Cell> cells, int wordsOnly, List<WordsPlace> shownWords) {

		public PlaceFigures {
			cells = List.copyOf(cells);
			shownWords = List.copyOf(shownWords);
		}

	}

	/**
	 * One cell of the grid with enough pins to show.
	 *
	 * @param row counted from the north, from 0
	 * @param column counted from the west, from 0
	 * @param name the cell as a map grid names it: its column's letter and row's number
	 * ({@code "C4"})
	 * @param direction where in the area it lies: {@code N}, {@code NE}, {@code E},
	 * {@code SE}, {@code S}, {@code SW}, {@code W}, {@code NW} or {@code CENTRE}
	 * @param respondents how many residents put at least one pin in it
	 * @param remarks the remarks with its pins a moderator showed
	 */
	public record Cell(int row, int column, String name, String direction, double south, double west, double north,
			double east, int pins, int respondents, List<String> remarks) {

		public Cell {
			remarks = List.copyOf(remarks);
		}

	}

	/** A place described in words, with its remark (or {@code null}). */
	public record WordsPlace(String words, String remark) {
	}

	/**
	 * The grid of cells over the area's bounding box: rows from the north, columns from
	 * the west.
	 */
	public record Grid(int cellMetres, double north, double west, double cellLatitude, double cellLongitude, int rows,
			int columns) {
	}

}
