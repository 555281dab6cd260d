package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * Figures as real tables (caption, column headings, a heading per row) in a box that
 * scrolls sideways on a narrow screen: the accessible alternative to a chart. The box
 * takes the keyboard focus, as a box that scrolls must be reachable to be scrolled (WCAG
 * 2.1.1), and is a region named after its caption. Both look alike everywhere
 * (wijkstem.css: {@code figure-table}); a module's own classes add to that.
 */
public final class FigureTables {

	private FigureTables() {
	}

	public static Element columnHeading(String text) {
		Element cell = new Element("th").setText(text);
		cell.setAttribute("scope", "col");
		return cell;
	}

	/** The row of column headings. */
	public static Element headingRow(String... texts) {
		Element row = new Element("tr");
		for (String text : texts) {
			row.appendChild(columnHeading(text));
		}
		return row;
	}

	/** The cell that names what its row is about: read with every figure in the row. */
	public static Element rowHeading(String text) {
		Element cell = new Element("th").setText(text);
		cell.setAttribute("scope", "row");
		return cell;
	}

	public static Element cell(String text) {
		return new Element("td").setText(text);
	}

	/** A figure, aligned so that digits line up. */
	public static Element number(String text) {
		Element cell = cell(text);
		cell.getClassList().add("figure-table__number");
		return cell;
	}

	/**
	 * @param tableClass the table's class, for its module's styles
	 */
	public static Div scrolling(String tableClass, String caption, Element headings, Element body) {
		Element table = new Element("table");
		table.getClassList().addAll(List.of("figure-table", tableClass));
		table.appendChild(new Element("caption").setText(caption));
		table.appendChild(new Element("thead").appendChild(headings));
		table.appendChild(body);
		Div wrapper = new Div();
		wrapper.addClassName("figure-table-wrapper");
		wrapper.getElement().setAttribute("tabindex", "0");
		wrapper.getElement().setAttribute("role", "region");
		wrapper.getElement().setAttribute("aria-label", caption);
		wrapper.getElement().appendChild(table);
		return wrapper;
	}

}
