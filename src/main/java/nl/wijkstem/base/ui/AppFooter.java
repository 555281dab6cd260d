package nl.wijkstem.base.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.router.RouteConfiguration;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.ProgrammeContact;

import org.springframework.web.util.HtmlUtils;

/**
 * The footer of every page (the page's contentinfo landmark): how to reach the programme
 * bureau, and links to the privacy and accessibility statements, the municipality and
 * Wijkstem's source code with its licence. The contact details come from the programme's
 * configuration; what is not configured is left off.
 *
 * <p>
 * The footer never changes while a page is open, so it is sent as markup in one element
 * instead of a server-side component per line: that is some 45 state nodes less in every
 * resident's session (issue 17). Every text in it is escaped; none comes from residents.
 * The statement links carry {@code router-link}, so they navigate inside the application
 * as a {@code RouterLink} does.
 */
class AppFooter extends Composite<Footer> {

	AppFooter(Branding branding) {
		Footer footer = getContent();
		footer.addClassName("app-footer");
		footer.getElement().setProperty("innerHTML", markup(branding));
	}

	private String markup(Branding branding) {
		ProgrammeContact contact = branding.contact();
		StringBuilder html = new StringBuilder("<div class=\"app-footer__inner\"><div class=\"app-footer__columns\">");
		contact(html, contact);
		links(html, contact);
		html.append("</div><p class=\"app-footer__about\">")
			.append(text(getTranslation("footer.programme", branding.programmeName(), branding.areaName())))
			.append("</p></div>");
		return html.toString();
	}

	private void contact(StringBuilder html, ProgrammeContact contact) {
		html.append("<section aria-labelledby=\"footer-contact\"><h2 id=\"footer-contact\">")
			.append(text(getTranslation("footer.contact")))
			.append("</h2><address>");
		if (!contact.bureau().isEmpty()) {
			line(html, contact.bureau());
		}
		contact.visitingAddress().forEach(text -> line(html, text));
		html.append("</address>");
		String hours = contact.openingHours().in(getLocale());
		if (hours != null && !hours.isBlank()) {
			html.append("<p>").append(text(hours)).append("</p>");
		}
		if (!contact.phone().isEmpty()) {
			labelled(html, "footer.phone", contact.phoneLink(), contact.phone());
		}
		if (!contact.email().isEmpty()) {
			labelled(html, "footer.email", "mailto:" + contact.email(), contact.email());
		}
		html.append("</section>");
	}

	private static void line(StringBuilder html, String text) {
		html.append("<span class=\"app-footer__line\">").append(text(text)).append("</span>");
	}

	private void labelled(StringBuilder html, String labelKey, String href, String shown) {
		html.append("<p><span>")
			.append(text(getTranslation(labelKey) + ' '))
			.append("</span>")
			.append(link(href, shown, false))
			.append("</p>");
	}

	private void links(StringBuilder html, ProgrammeContact contact) {
		RouteConfiguration routes = RouteConfiguration.forSessionScope();
		html.append("<nav class=\"app-footer__links\" aria-labelledby=\"footer-about\"><h2 id=\"footer-about\">")
			.append(text(getTranslation("footer.about")))
			.append("</h2><ul>");
		item(html, link(routes.getUrl(PrivacyStatementView.class), getTranslation("footer.privacy"), true));
		item(html, link(routes.getUrl(AccessibilityStatementView.class), getTranslation("footer.accessibility"), true));
		if (!contact.municipalityUrl().isEmpty()) {
			item(html, link(contact.municipalityUrl(), getTranslation("footer.municipality", contact.municipality()),
					false));
		}
		if (!contact.sourceUrl().isEmpty()) {
			item(html, link(contact.sourceUrl(), getTranslation("footer.source"), false));
		}
		item(html, text(getTranslation("footer.licence")));
		html.append("</ul></nav>");
	}

	private static void item(StringBuilder html, String content) {
		html.append("<li>").append(content).append("</li>");
	}

	private static String link(String href, String shown, boolean inApplication) {
		return (inApplication ? "<a router-link href=\"" : "<a href=\"") + text(href) + "\">" + text(shown) + "</a>";
	}

	private static String text(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
