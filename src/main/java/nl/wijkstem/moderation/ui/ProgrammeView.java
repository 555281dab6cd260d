package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.ui.StatusBadge;
import nl.wijkstem.idea.ui.IdeaView;
import nl.wijkstem.idea.ui.ProposeIdeaView;
import nl.wijkstem.moderation.GoalOverview;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.IdeaGroupView;

/**
 * For everyone: per programme goal, what residents proposed, how the programme bureau
 * grouped it, and where each idea stands, so residents see their ideas feed the
 * programme.
 */
@Route("programme")
@Menu(order = 15, title = "nav.programme")
@AnonymousAllowed
public class ProgrammeView extends Composite<Div> implements HasDynamicTitle {

	/** Most supported ideas in no group, per goal. */
	static final int UNGROUPED_SHOWN = 5;

	/** Ideas listed per group; the rest are counted. */
	static final int GROUP_IDEAS_SHOWN = 5;

	ProgrammeView(GroupOverviews overviews) {
		Div content = getContent();
		content.addClassName("programme-view");
		content.add(new H1(getTranslation("programme.title")), new Paragraph(getTranslation("programme.intro")));
		overviews.programme(UNGROUPED_SHOWN, getLocale()).forEach(goal -> content.add(goal(goal)));
	}

	private Section goal(GoalOverview overview) {
		H2 title = new H2(overview.goal().name());
		Section section = new Section(title);
		section.addClassName("programme-goal");
		if (overview.goal().description() != null && !overview.goal().description().isBlank()) {
			section.add(new Paragraph(overview.goal().description()));
		}
		Paragraph count = new Paragraph(getTranslation("programme.goal.count", overview.ideaCount()));
		count.addClassName("programme-goal__count");
		section.add(count);
		if (overview.ideaCount() == 0) {
			section.add(new Paragraph(new RouterLink(getTranslation("programme.propose"), ProposeIdeaView.class)));
			return section;
		}
		section.add(new H3(getTranslation("programme.groups")));
		if (overview.groups().isEmpty()) {
			section.add(new Paragraph(getTranslation("programme.groups.none")));
		}
		else {
			UnorderedList groups = new UnorderedList();
			groups.addClassNames("card-list", "programme-groups");
			overview.groups().forEach(group -> groups.add(group(group)));
			section.add(groups);
		}
		if (!overview.ungrouped().isEmpty()) {
			section.add(new H3(getTranslation("programme.ungrouped")), ideas(overview.ungrouped()));
		}
		return section;
	}

	private ListItem group(IdeaGroupView group) {
		Paragraph summary = new Paragraph(group.summary());
		summary.addClassName("user-text");
		Paragraph counts = new Paragraph(
				getTranslation("programme.group.counts", group.ideaCount(), group.supporterCount()));
		counts.addClassName("programme-group__counts");
		ListItem card = new ListItem(new H4(group.name()), summary, counts);
		card.addClassNames("card", "programme-group");
		List<FiledIdea> shown = group.ideas().stream().limit(GROUP_IDEAS_SHOWN).toList();
		if (!shown.isEmpty()) {
			card.add(ideas(shown));
		}
		if (group.ideaCount() > shown.size()) {
			card.add(new Paragraph(getTranslation("programme.group.more", group.ideaCount() - shown.size())));
		}
		return card;
	}

	private UnorderedList ideas(List<FiledIdea> ideas) {
		UnorderedList list = new UnorderedList();
		list.addClassName("programme-ideas");
		for (FiledIdea idea : ideas) {
			RouterLink link = new RouterLink(idea.title(), IdeaView.class,
					new RouteParameters("ideaId", idea.id().toString()));
			link.addClassName("user-text");
			Span status = new Span(getTranslation("idea.status." + idea.status()));
			StatusBadge.mark(status, idea.status());
			Span supports = new Span(getTranslation("ideas.supports", idea.supportCount()));
			Div meta = new Div(status, supports);
			meta.addClassName("programme-idea__meta");
			ListItem item = new ListItem(link, meta);
			item.addClassName("programme-idea");
			list.add(item);
		}
		return list;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("programme.title"));
	}

}
