package nl.wijkstem.base.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of plain-language text made of numbered sections from the translation bundles:
 * {@code <key>.title}, {@code <key>.intro}, then {@code <key>.<n>.title} and
 * {@code <key>.<n>.text}.
 */
abstract class StatementView extends Composite<Div> implements HasDynamicTitle {

	private final String key;

	protected StatementView(String key, int sections, String programmeName) {
		this(key, IntStream.rangeClosed(1, sections).boxed().toList(), programmeName);
	}

	/**
	 * @param sections the numbers of the sections in the order to show them: a section
	 * added later can stand where it belongs without renumbering (and so retranslating)
	 * the others
	 */
	protected StatementView(String key, List<Integer> sections, String programmeName) {
		this.key = key;
		Div content = getContent();
		content.addClassName("statement-view");
		content.add(new H1(getTranslation(key + ".title")),
				new Paragraph(getTranslation(key + ".intro", programmeName)));
		for (int i : sections) {
			content.add(new Section(new H2(getTranslation(key + "." + i + ".title")),
					new Paragraph(getTranslation(key + "." + i + ".text", programmeName))));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation(key + ".title"));
	}

}
