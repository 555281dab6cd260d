package nl.wijkstem.idea.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * A resident's plain text as paragraphs, with web addresses made clickable. Built from
 * text nodes and anchors only, never from HTML, so nothing a resident types can become
 * markup or script; only http and https addresses become links.
 */
class TextWithLinks extends Composite<Div> {

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

	TextWithLinks(String text) {
		getContent().addClassName("user-text");
		for (String block : text.split("\\n\\s*\\n")) {
			Paragraph paragraph = new Paragraph();
			String[] lines = block.split("\\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					paragraph.getElement().appendChild(new Element("br"));
				}
				addLine(paragraph, lines[i]);
			}
			getContent().add(paragraph);
		}
	}

	private static void addLine(Paragraph paragraph, String line) {
		Matcher address = WEB_ADDRESS.matcher(line);
		int start = 0;
		while (address.find()) {
			paragraph.add(new Text(line.substring(start, address.start())));
			Anchor link = new Anchor(address.group(), address.group());
			link.setRouterIgnore(true);
			link.getElement().setAttribute("rel", "nofollow ugc noopener noreferrer");
			paragraph.add(link);
			start = address.end();
		}
		paragraph.add(new Text(line.substring(start)));
	}

}
