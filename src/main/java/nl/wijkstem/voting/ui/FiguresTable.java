package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import nl.wijkstem.base.ui.FigureTables;

/**
 * A round's figures as a real table ({@link FigureTables}): the results and the integrity
 * report show theirs alike.
 */
final class FiguresTable {

	private FiguresTable() {
	}

	/** A column heading, in the reader's language. */
	static Element heading(Component view, String key) {
		return FigureTables.columnHeading(view.getTranslation(key));
	}

	static Element headings(String... texts) {
		return FigureTables.headingRow(texts);
	}

	/**
	 * The cell that names what its row is about (an idea): a screen reader says it with
	 * every figure in the row.
	 */
	static Element rowHeading(String text) {
		return FigureTables.rowHeading(text);
	}

	static Element cell(String text) {
		return FigureTables.cell(text);
	}

	/** The table with its caption, one row of headings and the body's rows. */
	static Div of(String caption, Element headings, Element body) {
		return FigureTables.scrolling(caption, headings, body, "results-table", "results-table-wrapper");
	}

}
