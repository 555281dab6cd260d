package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.consultation.ConsultationOutcome;
import nl.wijkstem.consultation.OutcomeTarget;

/**
 * On a consultation's public page: what the programme bureau does with the results, and
 * links to the ideas, groups and voting rounds that came of it, each by its name. Read it
 * with {@code OutcomeService.outcome}; show nothing when that is empty.
 */
public class OutcomeSection extends Composite<Section> {

	public OutcomeSection(ConsultationOutcome outcome) {
		Section section = getContent();
		section.addClassName("consultation-outcome");
		H2 title = new H2(getTranslation("consultation.outcome.title"));
		title.setId("consultation-outcome-" + outcome.consultationId());
		section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
		Paragraph text = new Paragraph(outcome.text());
		text.addClassNames("user-text", "consultation-outcome__text");
		text.getElement().setAttribute("lang", outcome.language());
		Paragraph published = new Paragraph(getTranslation("consultation.outcome.published",
				DisplayFormats.dateTime(outcome.publishedAt(), getLocale())));
		published.addClassName("consultation-outcome__published");
		section.add(title, text, published);
		if (!outcome.links().isEmpty()) {
			UnorderedList links = new UnorderedList();
			links.addClassName("consultation-outcome__links");
			outcome.links().forEach(link -> links.add(item(link)));
			section.add(new H3(getTranslation("consultation.outcome.links")), links);
		}
	}

	private ListItem item(OutcomeTarget target) {
		Anchor link = new Anchor(target.path(), target.title());
		link.addClassName("user-text");
		return new ListItem(new Span(getTranslation("consultation.outcome.kind." + target.kind()) + ": "), link);
	}

}
