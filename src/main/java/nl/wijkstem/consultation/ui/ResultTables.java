package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * Results as real tables (caption, column headings, a heading per row), in a box that
 * scrolls sideways on a narrow screen (by keyboard too: the box takes the focus): the
 * accessible alternative to every chart and to the map.
 */
final class ResultTables {

	private ResultTables() {
	}

	static Element columnHeading(String text) {
		Element cell = new Element("th").setText(text);
		cell.setAttribute("scope", "col");
		return cell;
	}

	/** The cell that names what its row is about: read with every figure in the row. */
	static Element rowHeading(String text) {
		Element cell = new Element("th").setText(text);
		cell.setAttribute("scope", "row");
		return cell;
	}

	static Element cell(String text) {
		return new Element("td").setText(text);
	}

	/** A figure, aligned to the right so digits line up. */
	static Element number(String text) {
		Element cell = cell(text);
		cell.getClassList().add("consultation-results__number");
		return cell;
	}

	static Div of(String caption, Element headings, Element body) {
		Element table = new Element("table");
		table.getClassList().add("consultation-results__table");
		table.appendChild(new Element("caption").setText(caption));
		table.appendChild(new Element("thead").appendChild(headings));
		table.appendChild(body);
		Div wrapper = new Div();
		wrapper.addClassName("consultation-results__table-wrapper");
		// a box that may scroll sideways must be reachable by keyboard to scroll it
		// (WCAG 2.1.1), and then says what it holds
		wrapper.getElement().setAttribute("tabindex", "0");
		wrapper.getElement().setAttribute("role", "region");
		wrapper.getElement().setAttribute("aria-label", caption);
		wrapper.getElement().appendChild(table);
		return wrapper;
	}

}
