package nl.wijkstem.consultation.ui;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.consultation.ConsultationPhase;
import nl.wijkstem.consultation.ConsultationService;
import nl.wijkstem.consultation.ConsultationSummary;

/**
 * The consultations everyone can read, also signed out: open ones first, then those
 * coming, then those closed, each a card leading to its own page.
 */
@StyleSheet("context://wijkstem/styles/consultation.css")
@Route(ConsultationListView.PATH)
@Menu(order = 13, title = "nav.consultations")
@AnonymousAllowed
public class ConsultationListView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

	public static final String PATH = "raadplegingen";

	private final ConsultationService consultations;

	ConsultationListView(ConsultationService consultations) {
		this.consultations = consultations;
		getContent().addClassName("consultation-list-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<ConsultationSummary> all = consultations.list(getLocale());
		Div content = getContent();
		content.removeAll();
		content.add(new H1(getTranslation("consultation.list.title")),
				new Paragraph(getTranslation("consultation.list.intro")));
		if (all.isEmpty()) {
			content.add(new Paragraph(getTranslation("consultation.list.none")));
			return;
		}
		section(all, "open", summary -> summary.phase() == ConsultationPhase.OPEN);
		section(all, "upcoming", summary -> summary.phase() == ConsultationPhase.UPCOMING);
		section(all, "closed",
				summary -> summary.phase() == ConsultationPhase.CLOSED || summary.phase() == ConsultationPhase.RESULTS);
	}

	private void section(List<ConsultationSummary> all, String name, Predicate<ConsultationSummary> belongs) {
		List<ConsultationSummary> these = all.stream().filter(belongs).toList();
		if (these.isEmpty()) {
			return;
		}
		H2 heading = new H2(getTranslation("consultation.list." + name));
		heading.setId("consultations-" + name);
		UnorderedList cards = new UnorderedList();
		cards.addClassNames("card-list", "consultation-cards");
		these.forEach(summary -> cards.add(card(summary)));
		Section section = new Section(heading, cards);
		section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
		getContent().add(section);
	}

	private ListItem card(ConsultationSummary summary) {
		RouterLink link = new RouterLink(summary.title(), ConsultationView.class,
				new RouteParameters(ConsultationView.ID_PARAMETER, summary.id().toString()));
		H3 title = WrittenLanguage.mark(new H3(link), summary.titleLanguage(), getLocale());
		Paragraph when = new Paragraph(ConsultationTexts.period(this, summary.phase(), summary.opensAt(),
				summary.closesAt(), summary.resultsAt()));
		when.addClassName("consultation-card__when");
		Paragraph badges = new Paragraph(ConsultationTexts.audienceBadge(this, summary.audience()),
				ConsultationTexts.anonymityBadge(this, summary.anonymous()));
		badges.addClassName("consultation-card__badges");
		ListItem card = new ListItem(title, when, badges);
		card.addClassNames("card", "consultation-card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("consultation.list.title"));
	}

}
