package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.Set;

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
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.ui.FollowButtons;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.idea.IdeaSort;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.ui.IdeaCardComponent;
import nl.wijkstem.idea.ui.IdeaListView;
import nl.wijkstem.idea.ui.StatusBadge;
import nl.wijkstem.idea.ui.IdeaView;
import nl.wijkstem.idea.ui.ProposeIdeaView;
import nl.wijkstem.moderation.GoalOverview;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.IdeaGroupView;

/**
 * For everyone: how far the programme is. A summary, then per programme goal (its plain
 * short name first, the official title below) how far its ideas are, how the programme
 * bureau grouped them and where each stands; last, the ideas already done, with their
 * photos. Residents see their ideas feed the programme.
 */
@Route("programme")
@Menu(order = 15, title = "nav.programme")
@AnonymousAllowed
public class ProgrammeView extends Composite<Div> implements HasDynamicTitle {

	/** Most supported ideas in no group, per goal. */
	static final int UNGROUPED_SHOWN = 5;

	/** Ideas listed per group; the rest are counted. */
	static final int GROUP_IDEAS_SHOWN = 5;

	/** Ideas shown as done, newest first. */
	static final int REALISED_SHOWN = 6;

	/**
	 * The stages of an idea's way as the progress shows them, in order, each with its
	 * statuses; a resident reads "chosen or under way" more easily than four statuses.
	 */
	private enum Stage {

		DONE(Set.of(IdeaStatus.REALISED)), UNDERWAY(Set.of(IdeaStatus.CHOSEN, IdeaStatus.IN_PROGRESS)),
		VOTING(Set.of(IdeaStatus.ON_BALLOT)), OPEN(Set.of(IdeaStatus.PUBLISHED, IdeaStatus.UNDER_CONSIDERATION)),
		NOT_FEASIBLE(Set.of(IdeaStatus.NOT_FEASIBLE));

		private final Set<IdeaStatus> statuses;

		Stage(Set<IdeaStatus> statuses) {
			this.statuses = statuses;
		}

		String key() {
			return switch (this) {
				case DONE -> "done";
				case UNDERWAY -> "underway";
				case VOTING -> "voting";
				case OPEN -> "open";
				case NOT_FEASIBLE -> "notFeasible";
			};
		}

	}

	/** The goals' and groups' follow buttons, looked up at once. */
	private final FollowButtons.Several follow;

	ProgrammeView(GroupOverviews overviews, PublicIdeaService ideas, FollowButtons followButtons) {
		this.follow = followButtons.several("programme");
		Div content = getContent();
		content.addClassName("programme-view");
		List<GoalOverview> goals = overviews.programme(UNGROUPED_SHOWN, getLocale());
		content.add(new H1(getTranslation("programme.title")), new Paragraph(getTranslation("programme.intro")),
				summary(goals));
		follow.signIn().ifPresent(content::add);
		UnorderedList goalList = new UnorderedList();
		goalList.addClassName("programme-goals");
		goals.forEach(goal -> goalList.add(goal(goal)));
		content.add(new Section(new H2(getTranslation("programme.goals.title")), goalList));
		content.add(realised(ideas));
	}

	private Div summary(List<GoalOverview> goals) {
		long all = goals.stream().mapToLong(GoalOverview::ideaCount).sum();
		long done = goals.stream().mapToLong(goal -> goal.count(Stage.DONE.statuses)).sum();
		long underway = goals.stream().mapToLong(goal -> goal.count(Stage.UNDERWAY.statuses)).sum();
		Div summary = new Div(figure("programme.summary.ideas", all), figure("programme.summary.done", done),
				figure("programme.summary.underway", underway));
		summary.addClassName("programme-summary");
		return summary;
	}

	private Paragraph figure(String key, long count) {
		Paragraph figure = new Paragraph(getTranslation(key, count));
		figure.addClassName("programme-summary__figure");
		return figure;
	}

	private ListItem goal(GoalOverview overview) {
		ListItem card = new ListItem();
		card.addClassNames("card", "programme-goal");
		card.add(new H3(overview.goal().shortName()));
		if (!overview.goal().shortName().equals(overview.goal().name())) {
			Paragraph official = new Paragraph(getTranslation("programme.official", overview.goal().name()));
			official.addClassName("programme-goal__official");
			card.add(official);
		}
		if (overview.goal().description() != null && !overview.goal().description().isBlank()) {
			card.add(new Paragraph(overview.goal().description()));
		}
		card.add(follow.create(FollowTarget.goal(overview.goal().id()), overview.goal().shortName()));
		Paragraph count = new Paragraph(getTranslation("programme.goal.count", overview.ideaCount()));
		count.addClassName("programme-goal__count");
		card.add(count);
		if (overview.ideaCount() == 0) {
			card.add(new Paragraph(new RouterLink(getTranslation("programme.propose"), ProposeIdeaView.class)));
			return card;
		}
		card.add(progress(overview));
		RouterLink all = new RouterLink(getTranslation("programme.goal.ideas", overview.ideaCount()),
				IdeaListView.class);
		all.setQueryParameters(IdeaListView.filteredBy(overview.goal().id(), null));
		card.add(new Paragraph(all));
		card.add(new H4(getTranslation("programme.groups")));
		if (overview.groups().isEmpty()) {
			card.add(new Paragraph(getTranslation("programme.groups.none")));
		}
		else {
			UnorderedList groups = new UnorderedList();
			groups.addClassNames("card-list", "programme-groups");
			overview.groups().forEach(group -> groups.add(group(group)));
			card.add(groups);
		}
		if (!overview.ungrouped().isEmpty()) {
			card.add(new H4(getTranslation("programme.ungrouped")), ideas(overview.ungrouped()));
		}
		return card;
	}

	/**
	 * A bar in the stages' colours, its widths the shares, for the eye; and the same
	 * figures as a list in words, which is what a screen reader reads.
	 */
	private Div progress(GoalOverview overview) {
		Div bar = new Div();
		bar.addClassName("progress-bar");
		bar.getElement().setAttribute("aria-hidden", "true");
		UnorderedList legend = new UnorderedList();
		legend.addClassName("progress-legend");
		legend.getElement().setAttribute("aria-label", getTranslation("programme.progress.label"));
		for (Stage stage : Stage.values()) {
			long count = overview.count(stage.statuses);
			if (count == 0) {
				continue;
			}
			Span part = new Span();
			part.addClassNames("progress-bar__part", "stage-" + stage.key());
			part.getStyle().set("flex-grow", Long.toString(count));
			bar.add(part);
			ListItem item = new ListItem(getTranslation("programme.stage." + stage.key(), count));
			item.addClassName("stage-" + stage.key());
			legend.add(item);
		}
		Div progress = new Div(bar, legend);
		progress.addClassName("programme-goal__progress");
		return progress;
	}

	private ListItem group(IdeaGroupView group) {
		Paragraph summary = new Paragraph(group.summary());
		summary.addClassName("user-text");
		Paragraph counts = new Paragraph(
				getTranslation("programme.group.counts", group.ideaCount(), group.supporterCount()));
		counts.addClassName("programme-group__counts");
		H4 name = new H4(group.name());
		name.addClassName("user-text");
		ListItem card = new ListItem(name, summary, counts,
				follow.create(FollowTarget.group(group.id()), group.name()));
		card.addClassNames("card", "programme-group");
		// consultations' outcomes link here (GroupOutcomeTargets)
		card.setId("group-" + group.id());
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

	private Section realised(PublicIdeaService ideas) {
		Section section = new Section(new H2(getTranslation("programme.realised.title")));
		section.addClassName("programme-realised");
		List<IdeaCard> done = ideas
			.search(new IdeaQuery("", null, null, IdeaStatus.REALISED, null, IdeaSort.NEWEST), 0, REALISED_SHOWN,
					getLocale())
			.cards();
		if (done.isEmpty()) {
			section.add(new Paragraph(getTranslation("programme.realised.none")));
			return section;
		}
		UnorderedList cards = new UnorderedList();
		cards.addClassNames("card-list", "idea-list");
		done.forEach(card -> cards.add(new IdeaCardComponent(card)));
		RouterLink all = new RouterLink(getTranslation("programme.realised.all"), IdeaListView.class);
		all.setQueryParameters(IdeaListView.filteredBy(null, IdeaStatus.REALISED));
		section.add(new Paragraph(getTranslation("programme.realised.intro")), cards, new Paragraph(all));
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("programme.title"));
	}

}
