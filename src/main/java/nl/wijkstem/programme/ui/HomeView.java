package nl.wijkstem.programme.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.ui.HomeHighlight;
import nl.wijkstem.base.ui.LoginView;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The front door: what residents can do here, in plain language, the programme's goals
 * and themes, and where to report a broken lamp instead.
 */
@Route("")
@Menu(order = 0, title = "nav.home")
@AnonymousAllowed
public class HomeView extends Composite<Div> implements HasDynamicTitle {

	HomeView(ProgrammeService programme, CurrentUser currentUser, ObjectProvider<HomeHighlight> highlights) {
		ProgrammeOverview overview = programme.overview(getLocale());
		Div content = getContent();
		content.addClassName("home-view");
		content.add(intro(overview, currentUser.get().isEmpty()));
		highlights.orderedStream().forEach(highlight -> highlight.create().ifPresent(content::add));
		content.add(whatYouCanDo(), categories("home.goals.title", "home.goals.intro", overview.goals(), "goal-list"),
				categories("home.themes.title", "home.themes.intro", overview.themes(), "theme-list"),
				defects(overview));
	}

	private Section intro(ProgrammeOverview overview, boolean anonymous) {
		Section intro = new Section(new H1(getTranslation("home.title", overview.areaName())), new Paragraph(
				getTranslation("home.intro", overview.programmeName(), overview.areaName(), overview.municipality())));
		intro.addClassName("home-intro");
		if (anonymous) {
			RouterLink signIn = new RouterLink(getTranslation("home.signIn"), LoginView.class);
			signIn.addClassName("call-to-action");
			intro.add(new Paragraph(signIn));
		}
		return intro;
	}

	private Section whatYouCanDo() {
		UnorderedList steps = new UnorderedList();
		for (String step : List.of("propose", "support", "follow")) {
			steps.add(new ListItem(new H3(getTranslation("home.do." + step + ".title")),
					new Paragraph(getTranslation("home.do." + step + ".text"))));
		}
		steps.addClassName("step-list");
		return section("home-do", new H2(getTranslation("home.do.title")), steps);
	}

	private Section categories(String titleKey, String introKey, List<ProgrammeOverview.Category> items,
			String listClass) {
		UnorderedList list = new UnorderedList();
		list.addClassName("card-list");
		list.addClassName(listClass);
		for (ProgrammeOverview.Category item : items) {
			ListItem card = new ListItem(new H3(item.shortName()));
			if (!item.shortName().equals(item.name())) {
				Paragraph official = new Paragraph(getTranslation("programme.official", item.name()));
				official.addClassName("programme-goal__official");
				card.add(official);
			}
			card.add(new Paragraph(item.description()));
			card.addClassName("card");
			list.add(card);
		}
		return section("home-categories", new H2(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)),
				list);
	}

	private Section defects(ProgrammeOverview overview) {
		Section section = section("home-defects", new H2(getTranslation("home.defects.title")),
				new Paragraph(getTranslation("home.defects.text")));
		if (overview.defectsReportUrl() != null && !overview.defectsReportUrl().isBlank()) {
			Anchor link = new Anchor(overview.defectsReportUrl(), getTranslation("home.defects.link"),
					AnchorTarget.DEFAULT);
			link.setRouterIgnore(true);
			link.getElement().setAttribute("rel", "noopener");
			section.add(new Paragraph(link));
		}
		return section;
	}

	private static Section section(String className, Component... children) {
		Section section = new Section(children);
		section.addClassName(className);
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("nav.home"));
	}

}
