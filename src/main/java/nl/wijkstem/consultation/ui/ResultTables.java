package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import nl.wijkstem.base.ui.FigureTables;

/**
 * Results as real tables (caption, column headings, a heading per row), in a box that
 * scrolls sideways on a narrow screen (by keyboard too: the box takes the focus): the
 * accessible alternative to every chart and to the map.
 */
final class ResultTables {

	private ResultTables() {
	}

	static Element headings(String... texts) {
		return FigureTables.headingRow(texts);
	}

	static Element rowHeading(String text) {
		return FigureTables.rowHeading(text);
	}

	static Element cell(String text) {
		return FigureTables.cell(text);
	}

	/** A figure, aligned to the right so digits line up. */
	static Element number(String text) {
		Element cell = cell(text);
		cell.getClassList().add("consultation-results__number");
		return cell;
	}

	static Div of(String caption, Element headings, Element body) {
		return FigureTables.scrolling(caption, headings, body, "consultation-results__table",
				"consultation-results__table-wrapper");
	}

}
