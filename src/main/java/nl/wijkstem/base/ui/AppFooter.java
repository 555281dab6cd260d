package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.ProgrammeContact;

/**
 * The footer of every page (the page's contentinfo landmark): how to reach the programme
 * bureau, and links to the privacy and accessibility statements, the municipality and
 * Wijkstem's source code with its licence. The contact details come from the programme's
 * configuration; what is not configured is left off.
 */
class AppFooter extends Composite<Footer> {

	AppFooter(Branding branding) {
		ProgrammeContact contact = branding.contact();
		Footer footer = getContent();
		footer.addClassName("app-footer");

		Div columns = new Div(contactSection(contact), links(contact));
		columns.addClassName("app-footer__columns");
		Paragraph about = new Paragraph(
				getTranslation("footer.programme", branding.programmeName(), branding.areaName()));
		about.addClassName("app-footer__about");
		Div inner = new Div(columns, about);
		inner.addClassName("app-footer__inner");
		footer.add(inner);
	}

	private Section contactSection(ProgrammeContact contact) {
		H2 title = new H2(getTranslation("footer.contact"));
		title.setId("footer-contact");
		Section section = new Section(title);
		section.getElement().setAttribute("aria-labelledby", "footer-contact");
		Element address = new Element("address");
		if (!contact.bureau().isEmpty()) {
			address.appendChild(line(contact.bureau()));
		}
		contact.visitingAddress().forEach(text -> address.appendChild(line(text)));
		section.getElement().appendChild(address);
		String hours = contact.openingHours().in(getLocale());
		if (hours != null && !hours.isBlank()) {
			section.add(new Paragraph(hours));
		}
		if (!contact.phone().isEmpty()) {
			section.add(labelled("footer.phone", new Anchor(contact.phoneLink(), contact.phone())));
		}
		if (!contact.email().isEmpty()) {
			section.add(labelled("footer.email", new Anchor("mailto:" + contact.email(), contact.email())));
		}
		return section;
	}

	private static Element line(String text) {
		Element line = new Element("span");
		line.setText(text);
		line.getClassList().add("app-footer__line");
		return line;
	}

	private Paragraph labelled(String labelKey, Anchor link) {
		return new Paragraph(new Span(getTranslation(labelKey) + " "), link);
	}

	private Nav links(ProgrammeContact contact) {
		UnorderedList list = new UnorderedList();
		for (Component link : List.<Component>of(
				new RouterLink(getTranslation("footer.privacy"), PrivacyStatementView.class),
				new RouterLink(getTranslation("footer.accessibility"), AccessibilityStatementView.class))) {
			list.add(new ListItem(link));
		}
		if (!contact.municipalityUrl().isEmpty()) {
			list.add(new ListItem(new Anchor(contact.municipalityUrl(),
					getTranslation("footer.municipality", contact.municipality()))));
		}
		if (!contact.sourceUrl().isEmpty()) {
			list.add(new ListItem(new Anchor(contact.sourceUrl(), getTranslation("footer.source"))));
		}
		list.add(new ListItem(getTranslation("footer.licence")));
		H2 title = new H2(getTranslation("footer.about"));
		title.setId("footer-about");
		Nav nav = new Nav(title, list);
		nav.getElement().setAttribute("aria-labelledby", "footer-about");
		nav.addClassName("app-footer__links");
		return nav;
	}

}
