package nl.wijkstem.base.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Things as a list of cards (wijkstem.css: {@code card-list}), or the sentence that there
 * are none instead of an empty list.
 */
public final class CardList {

	private CardList() {
	}

	/**
	 * @param card a thing's card
	 * @param none what says that there are none
	 */
	public static <T> Component of(List<T> things, Function<T, ListItem> card, String none) {
		if (things.isEmpty()) {
			return new Paragraph(none);
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		things.forEach(thing -> list.add(card.apply(thing)));
		return list;
	}

}
