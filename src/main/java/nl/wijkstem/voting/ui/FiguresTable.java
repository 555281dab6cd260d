package nl.wijkstem.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A round's figures as a real table (caption, column headings, rows), in a box that
 * scrolls sideways on a narrow screen: the results and the integrity report show theirs
 * alike.
 */
final class FiguresTable {

	private FiguresTable() {
	}

	/** A column heading, in the reader's language. */
	static Element heading(Component view, String key) {
		Element cell = new Element("th").setText(view.getTranslation(key));
		cell.setAttribute("scope", "col");
		return cell;
	}

	/**
	 * The cell that names what its row is about (an idea): a screen reader says it with
	 * every figure in the row.
	 */
	static Element rowHeading(String text) {
		Element cell = new Element("th").setText(text);
		cell.setAttribute("scope", "row");
		return cell;
	}

	static Element cell(String text) {
		return new Element("td").setText(text);
	}

	/** The table with its caption, one row of headings and the body's rows. */
	static Div of(String caption, Element headings, Element body) {
		Element table = new Element("table");
		table.getClassList().add("results-table");
		table.appendChild(new Element("caption").setText(caption));
		table.appendChild(new Element("thead").appendChild(headings));
		table.appendChild(body);
		Div wrapper = new Div();
		wrapper.addClassName("results-table-wrapper");
		wrapper.getElement().appendChild(table);
		return wrapper;
	}

}
