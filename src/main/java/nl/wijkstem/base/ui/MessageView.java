package nl.wijkstem.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
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
		showWith(titleKey, Arrays.stream(lines).map(Paragraph::new).toArray(Component[]::new));
	}

	protected void showWith(String titleKey, Component... body) {
		this.titleKey = titleKey;
		Div content = getContent();
		content.removeAll();
		content.addClassName("message-view");
		content.add(new H1(getTranslation(titleKey)));
		content.add(body);
		content.add(new Anchor("", getTranslation("error.home")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation(titleKey));
	}

}
