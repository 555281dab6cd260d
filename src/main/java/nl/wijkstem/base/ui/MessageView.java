package nl.wijkstem.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that only tells the person something (an error, a missing page) and offers the
 * way home.
 */
abstract class MessageView extends Composite<Div> implements HasDynamicTitle {

	private String titleKey = "error.title";

	protected void show(String titleKey, String... lines) {
		this.titleKey = titleKey;
		Div content = getContent();
		content.removeAll();
		content.addClassName("message-view");
		content.add(new H1(getTranslation(titleKey)));
		for (String line : lines) {
			content.add(new Paragraph(line));
		}
		content.add(new Anchor("", getTranslation("error.home")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation(titleKey));
	}

}
