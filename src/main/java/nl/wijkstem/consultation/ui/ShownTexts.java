package nl.wijkstem.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Texts residents wrote and a moderator showed, a part at a time: a consultation can have
 * thousands, which nobody reads in one list and which would make the page slow to load. A
 * button shows the next part and moves the focus to its first text, so keyboard and
 * screen reader users continue where the new part starts.
 */
class ShownTexts extends Composite<Div> {

	static final int PART = 25;

	private final List<String> texts;

	private final UnorderedList list = new UnorderedList();

	private final Button more = new Button();

	private int shown;

	ShownTexts(List<String> texts) {
		this.texts = texts;
	}

	@Override
	protected Div initContent() {
		Div content = new Div();
		list.addClassName("consultation-results__texts");
		more.addThemeVariants(ButtonVariant.TERTIARY);
		more.addClickListener(click -> showMore(true));
		content.add(list, more);
		showMore(false);
		return content;
	}

	private void showMore(boolean focus) {
		int end = Math.min(texts.size(), shown + PART);
		ListItem first = null;
		for (int i = shown; i < end; i++) {
			ListItem item = new ListItem(texts.get(i));
			item.addClassName("user-text");
			list.add(item);
			if (first == null) {
				first = item;
			}
		}
		shown = end;
		if (focus && first != null) {
			first.getElement().setAttribute("tabindex", "-1");
			first.getElement().executeJs("this.focus()");
		}
		more.setVisible(shown < texts.size());
		more.setText(getTranslation("consultation.results.texts.more", Math.min(PART, texts.size() - shown),
				texts.size() - shown));
	}

}
