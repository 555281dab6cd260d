package nl.wijkstem.moderation.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.Pager;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.moderation.GoalOverview;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.moderation.IdeaCsvExport;
import nl.wijkstem.moderation.IdeaGroupView;
import nl.wijkstem.moderation.IdeaPlacement;
import nl.wijkstem.moderation.SimilarOnBoard;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

/**
 * Per programme goal, its groups and the ideas in no group, with counts, supporters and
 * statuses. Moderators create and change groups here and move ideas between groups and
 * goals: by dragging, or with the keyboard ("Move" at each idea).
 */
@Route("moderation/goals")
@Menu(order = 52, title = "nav.goalBoard")
@RolesAllowed(Roles.MODERATOR)
public class GoalBoardView extends Composite<Div> implements HasDynamicTitle, GroupCard.Actions, BoardIdea.Hints {

	static final int PAGE_SIZE = 20;

	private final GroupService groups;

	private final GroupOverviews overviews;

	private final List<ProgrammeOverview.Category> goals;

	private final RadioButtonGroup<ProgrammeOverview.Category> goal = new RadioButtonGroup<>();

	private final Div board = new Div();

	private final Pager pager = new Pager(PAGE_SIZE, page -> refresh(null));

	/** The groups' cards as last drawn, by group id. */
	private final Map<Long, GroupCard> cards = new HashMap<>();

	/** The heading over the groups, as last drawn. */
	private H3 groupsHeading;

	GoalBoardView(GroupService groups, GroupOverviews overviews, ProgrammeService programme, IdeaCsvExport export,
			Clock clock) {
		this.groups = groups;
		this.overviews = overviews;
		this.goals = programme.overview(getLocale()).goals();
		getContent().addClassName("goal-board");
		goal.setLabel(getTranslation("board.goal"));
		goal.setItems(goals);
		goal.setItemLabelGenerator(ProgrammeOverview.Category::name);
		goal.addClassName("vertical-options");
		if (!goals.isEmpty()) {
			goal.setValue(goals.getFirst());
		}
		goal.addValueChangeListener(change -> {
			pager.reset();
			refresh(null);
		});
		board.addClassName("goal-board__board");
		getContent().add(new H1(getTranslation("board.title")), new Paragraph(getTranslation("board.intro")),
				new Paragraph(new CsvDownloadLink(export, clock)), goal, board);
		refresh(null);
	}

	/**
	 * Shows the chosen goal afresh, with the focus on the given idea if it is still here.
	 */
	private void refresh(Long focusIdeaId) {
		board.removeAll();
		cards.clear();
		ProgrammeOverview.Category chosen = goal.getValue();
		if (chosen == null) {
			return;
		}
		GoalOverview overview = overviews.board(chosen.id(), pager.page(), PAGE_SIZE, getLocale());
		if (overview.ungrouped().isEmpty() && pager.page() > 0) {
			pager.reset();
			overview = overviews.board(chosen.id(), 0, PAGE_SIZE, getLocale());
		}
		List<MoveTarget> targets = targets(overview);
		Map<Long, BoardIdea> rows = new HashMap<>();
		H2 title = new H2(chosen.name());
		title.getElement().setAttribute("tabindex", "-1");
		Paragraph counts = new Paragraph(getTranslation("board.counts", overview.ideaCount(), overview.groups().size(),
				overview.ungroupedCount()));
		counts.getElement().setAttribute("aria-live", "polite");
		Div columns = new Div(groupsSection(overview, targets, rows, focusIdeaId),
				ungroupedSection(overview, targets, rows));
		columns.addClassName("goal-board__columns");
		board.add(title, counts, columns, otherGoals(chosen));
		pager.update(overview.ungroupedCount());
		BoardIdea focused = focusIdeaId == null ? null : rows.get(focusIdeaId);
		if (focused != null) {
			focused.focus();
		}
		else if (focusIdeaId != null) {
			title.getElement().callJsFunction("focus");
		}
	}

	/**
	 * Shows the chosen goal afresh, with the focus on the group's heading, or on the
	 * heading over the groups when the group is gone (dissolved, or by someone else).
	 */
	private void refreshAndFocusGroup(Long groupId) {
		refresh(null);
		GroupCard card = groupId == null ? null : cards.get(groupId);
		if (card != null) {
			card.focusHeading();
		}
		else if (groupsHeading != null) {
			Focus.on(groupsHeading);
		}
	}

	private Section groupsSection(GoalOverview overview, List<MoveTarget> targets, Map<Long, BoardIdea> rows,
			Long focusIdeaId) {
		groupsHeading = new H3(getTranslation("board.groups"));
		Section section = new Section(groupsHeading);
		section.addClassName("goal-board__groups");
		if (overview.groups().isEmpty()) {
			section.add(new Paragraph(getTranslation("board.groups.none")));
		}
		UnorderedList cards = new UnorderedList();
		cards.addClassName("card-list");
		for (IdeaGroupView group : overview.groups()) {
			boolean holdsFocus = group.ideas().stream().anyMatch(idea -> idea.id().equals(focusIdeaId));
			GroupCard card = new GroupCard(group, idea -> row(idea, group.id(), targets, rows), holdsFocus, this,
					this::move, MoveTarget.group(group.id(), group.name()));
			this.cards.put(group.id(), card);
			cards.add(card);
		}
		GroupForm create = new GroupForm(getTranslation("board.group.create"), "", "", (name, summary) -> {
			Long created = groups.create(goal.getValue().id(), name, summary);
			BoardMessages.done(getTranslation("board.group.created", name.strip()));
			// the keyboard goes to the new group, where its ideas can be moved in
			refreshAndFocusGroup(created);
		}, null);
		Section form = new Section(new H3(getTranslation("board.group.new")), create);
		form.addClassName("goal-board__new-group");
		section.add(cards, form);
		return section;
	}

	private Section ungroupedSection(GoalOverview overview, List<MoveTarget> targets, Map<Long, BoardIdea> rows) {
		Section section = new Section(new H3(getTranslation("board.ungrouped")),
				new Paragraph(getTranslation("board.ungrouped.count", overview.ungroupedCount())));
		section.addClassName("goal-board__ungrouped");
		UnorderedList list = new UnorderedList();
		list.addClassName("board-ideas");
		overview.ungrouped().forEach(idea -> list.add(row(idea, null, targets, rows)));
		section.add(list, pager);
		MoveTarget noGroup = MoveTarget.noGroup(getTranslation("board.move.noGroup"));
		dropTarget(section, noGroup);
		return section;
	}

	/**
	 * Where ideas can be dragged to another goal (the keyboard way is "Move" at an idea).
	 */
	private Section otherGoals(ProgrammeOverview.Category chosen) {
		UnorderedList zones = new UnorderedList();
		zones.addClassName("goal-drop-zones");
		goals.stream().filter(other -> !other.id().equals(chosen.id())).forEach(other -> {
			ListItem zone = new ListItem(other.name());
			zone.addClassName("goal-drop-zone");
			dropTarget(zone, MoveTarget.goal(other.id(), getTranslation("board.move.goal", other.name())));
			zones.add(zone);
		});
		Section section = new Section(new H3(getTranslation("board.otherGoals")),
				new Paragraph(getTranslation("board.otherGoals.intro")), zones);
		section.addClassName("goal-board__other-goals");
		return section;
	}

	private void dropTarget(Component component, MoveTarget target) {
		DropTarget<Component> drop = DropTarget.create(component);
		drop.setDropEffect(DropEffect.MOVE);
		drop.addDropListener(dropped -> dropped.getDragData()
			.filter(BoardIdea.Dragged.class::isInstance)
			.map(BoardIdea.Dragged.class::cast)
			.ifPresent(dragged -> move(dragged.idea(), dragged.fromGroupId(), target)));
	}

	private BoardIdea row(FiledIdea idea, Long groupId, List<MoveTarget> targets, Map<Long, BoardIdea> rows) {
		BoardIdea row = new BoardIdea(idea, groupId, targets, this::move, this);
		rows.put(idea.id(), row);
		return row;
	}

	private List<MoveTarget> targets(GoalOverview overview) {
		List<MoveTarget> targets = new ArrayList<>();
		overview.groups().forEach(group -> targets.add(MoveTarget.group(group.id(), group.name())));
		targets.add(MoveTarget.noGroup(getTranslation("board.move.noGroup")));
		goals.stream()
			.filter(other -> !other.id().equals(overview.goal().id()))
			.forEach(
					other -> targets.add(MoveTarget.goal(other.id(), getTranslation("board.move.goal", other.name()))));
		return targets;
	}

	/** One service call per move; the board then shows what is true now. */
	void move(FiledIdea idea, Long fromGroupId, MoveTarget target) {
		if (!target.isGoal() && Objects.equals(fromGroupId, target.groupId())) {
			return;
		}
		act(() -> {
			if (target.isGoal()) {
				groups.moveToGoal(idea.id(), idea.version(), target.goalId());
			}
			else {
				groups.moveIdea(idea.id(), fromGroupId, target.groupId());
			}
		}, getTranslation("board.moved", idea.title(), target.label()), false);
		refresh(idea.id());
	}

	@Override
	public List<SimilarOnBoard> similar(FiledIdea idea) {
		return overviews.similarOnBoard(idea.id());
	}

	@Override
	public void createWith(FiledIdea anchor, String name, String summary, List<IdeaPlacement> ideas) {
		act(() -> groups.createWith(goal.getValue().id(), name, summary, ideas),
				getTranslation("board.similar.created", name.strip(), ideas.size()), true);
		refresh(anchor.id());
	}

	@Override
	public void addTo(FiledIdea anchor, Long groupId, List<IdeaPlacement> ideas) {
		act(() -> groups.addAll(groupId, ideas), getTranslation("board.similar.added", ideas.size()), false);
		refresh(anchor.id());
	}

	@Override
	public void edit(IdeaGroupView group, String name, String summary) {
		act(() -> groups.edit(group.id(), group.version(), name, summary), getTranslation("board.group.saved"), true);
		refreshAndFocusGroup(group.id());
	}

	@Override
	public void dissolve(IdeaGroupView group) {
		act(() -> groups.dissolve(group.id(), group.version()), getTranslation("board.group.dissolved", group.name()),
				false);
		refreshAndFocusGroup(group.id());
	}

	/**
	 * One service call, then what it did or why it was refused. A form's call leaves the
	 * problems with its fields to the form, which shows them next to the fields.
	 */
	private void act(Runnable call, String done, boolean fromForm) {
		try {
			call.run();
			BoardMessages.done(done);
		}
		catch (Rejection rejected) {
			if (fromForm && rejected.problems().stream().anyMatch(problem -> problem.field() != null)) {
				throw rejected;
			}
			BoardMessages.refused(this, rejected);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("board.title"));
	}

}
