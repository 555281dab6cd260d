package nl.wijkstem.base.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.AccessibilityStatement;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.LocalizedText;
import nl.wijkstem.base.ProgrammeContact;
import nl.wijkstem.base.SiteAddress;

/**
 * The accessibility statement Dutch public bodies must publish, in the parts of the Dutch
 * model statement: the site it covers, its compliance status and dates, the audits it
 * rests on, the barriers still known with their repair plan, how to report a barrier and
 * when the answer comes, the route to the Nationale ombudsman, and who signed it. The
 * content is the installation's ({@link AccessibilityStatement}, from the programme
 * file); the words around it come from the bundles.
 */
@Route(AccessibilityStatementView.PATH)
@AnonymousAllowed
public class AccessibilityStatementView extends Composite<Div> implements HasDynamicTitle {

	static final String PATH = "accessibility";

	/**
	 * The title's syllable breaks, so that a long Dutch word wraps on a narrow screen.
	 */
	private static final String SOFT_HYPHEN = "\u00ad";

	private final Locale locale = getLocale();

	AccessibilityStatementView(Branding branding, SiteAddress site) {
		AccessibilityStatement statement = branding.accessibilityStatement();
		Div content = getContent();
		content.addClassName("statement-view");
		content.add(new H1(getTranslation("accessibility.title")),
				new Paragraph(getTranslation("accessibility.intro", statement.organisation())),
				scope(branding.programmeName(), site.publicUrl()), status(statement), evidence(statement),
				barriers(statement), contact(branding.contact(), statement.answerWithinWorkingDays()), ombudsman(),
				signature(statement.signed()));
	}

	private Section scope(String programmeName, String address) {
		return section("scope", new Paragraph(getTranslation("accessibility.scope.text", programmeName)),
				new Paragraph(new Anchor(address, address)));
	}

	private Section status(AccessibilityStatement statement) {
		String status = "accessibility.status." + statement.status().name();
		DescriptionList facts = facts();
		fact(facts, "accessibility.status.term", new Span(getTranslation(status)));
		fact(facts, "accessibility.status.drawnUp", time(statement.drawnUpOn()));
		fact(facts, "accessibility.status.reviewed", time(statement.reviewedOn()));
		return section("status", facts, new Paragraph(getTranslation(status + ".text")));
	}

	private Section evidence(AccessibilityStatement statement) {
		Section section = section("evidence");
		if (statement.audits().isEmpty()) {
			section.add(new Paragraph(getTranslation("accessibility.evidence.none")));
			return section;
		}
		section.add(new Paragraph(getTranslation("accessibility.evidence.intro")));
		for (AccessibilityStatement.Audit audit : statement.audits()) {
			DescriptionList facts = facts();
			fact(facts, "accessibility.evidence.by", text(audit.by()));
			fact(facts, "accessibility.evidence.date", time(audit.date()));
			fact(facts, "accessibility.evidence.standard", new Span(audit.standard()));
			fact(facts, "accessibility.evidence.method", text(audit.method()));
			fact(facts, "accessibility.evidence.report",
					new Anchor(audit.reportUrl(), getTranslation("accessibility.evidence.reportLink")));
			section.add(
					new H3(getTranslation("accessibility.evidence.audit", DisplayFormats.date(audit.date(), locale))),
					facts);
		}
		return section;
	}

	private Section barriers(AccessibilityStatement statement) {
		if (statement.barriers().isEmpty()) {
			return section("barriers", new Paragraph(getTranslation("accessibility.barriers.none")));
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("barrier-list");
		for (AccessibilityStatement.Barrier barrier : statement.barriers()) {
			DescriptionList facts = facts();
			fact(facts, "accessibility.barrier.criterion",
					new Span(getTranslation("accessibility.barrier.criterion.value", barrier.criterion().strip())));
			fact(facts, "accessibility.barrier.reason", text(barrier.reason()));
			fact(facts, "accessibility.barrier.repair", text(barrier.repair()));
			fact(facts, "accessibility.barrier.repairedBy", time(barrier.repairedBy()));
			Paragraph description = WrittenLanguage.mark(new Paragraph(barrier.description().in(locale)),
					barrier.description().languageIn(locale), locale);
			list.add(new ListItem(description, facts));
		}
		return section("barriers", new Paragraph(getTranslation("accessibility.barriers.intro")), list);
	}

	private Section contact(ProgrammeContact contact, int workingDays) {
		DescriptionList facts = facts();
		fact(facts, "accessibility.contact.email", new Anchor("mailto:" + contact.email(), contact.email()));
		fact(facts, "accessibility.contact.phone", new Anchor(contact.phoneLink(), contact.phone()));
		if (!contact.visitingAddress().isEmpty()) {
			Element address = new Element("address");
			List<String> lines = new ArrayList<>();
			if (!contact.bureau().isEmpty()) {
				lines.add(contact.bureau());
			}
			lines.addAll(contact.visitingAddress());
			for (String line : lines) {
				if (address.getChildCount() > 0) {
					address.appendChild(new Element("br"));
				}
				address.appendChild(Element.createText(line));
			}
			DescriptionList.Description where = new DescriptionList.Description();
			where.getElement().appendChild(address);
			facts.add(new DescriptionList.Term(getTranslation("accessibility.contact.address")), where);
		}
		return section("contact", new Paragraph(getTranslation("accessibility.contact.text")), facts,
				new Paragraph(getTranslation("accessibility.contact.answer", workingDays)));
	}

	private Section ombudsman() {
		return section("ombudsman", new Paragraph(getTranslation("accessibility.ombudsman.text")), new Paragraph(
				new Anchor(AccessibilityStatement.OMBUDSMAN_URL, getTranslation("accessibility.ombudsman.link"))));
	}

	private Section signature(AccessibilityStatement.Signature signed) {
		DescriptionList facts = facts();
		fact(facts, "accessibility.signed.name", new Span(signed.name()));
		fact(facts, "accessibility.signed.function", text(signed.function()));
		fact(facts, "accessibility.signed.date", time(signed.date()));
		return section("signed", facts);
	}

	/** A part of the statement under its own heading, named by it for screen readers. */
	private Section section(String part, Component... content) {
		H2 title = new H2(getTranslation("accessibility." + part + ".title"));
		title.setId("accessibility-" + part);
		Section section = new Section(title);
		section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
		section.addClassName("statement-part");
		section.add(content);
		return section;
	}

	private static DescriptionList facts() {
		DescriptionList list = new DescriptionList();
		list.addClassName("data-list");
		return list;
	}

	private void fact(DescriptionList list, String termKey, Component value) {
		list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
	}

	/**
	 * A text of the programme file, marked Dutch on an English page when untranslated.
	 */
	private Span text(LocalizedText text) {
		return WrittenLanguage.mark(new Span(text.in(locale)), text.languageIn(locale), locale);
	}

	/** A date written out, with the date itself for software. */
	private Component time(LocalDate date) {
		Span time = new Span();
		Element element = new Element("time");
		element.setAttribute("datetime", date.toString());
		element.setText(DisplayFormats.date(date, locale));
		time.getElement().appendChild(element);
		return time;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("accessibility.title").replace(SOFT_HYPHEN, ""));
	}

}
