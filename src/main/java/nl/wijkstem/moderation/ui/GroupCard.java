package nl.wijkstem.moderation.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.moderation.IdeaGroupView;

/**
 * A group on the goal board: name, public summary, counts and its ideas. Ideas dropped on
 * it join it; it can be changed or dissolved.
 */
class GroupCard extends Composite<ListItem> {

	/**
	 * Ideas shown per group at first: the board stays quick with many large groups.
	 */
	static final int SHOWN = 5;

	interface Actions {

		void edit(IdeaGroupView group, String name, String summary);

		void dissolve(IdeaGroupView group);

	}

	private final IdeaGroupView group;

	private final Actions actions;

	private final Div header = new Div();

	private final UnorderedList ideas = new UnorderedList();

	private final Div more = new Div();

	private final H4 name = new H4();

	private final Button edit = new Button();

	private final Function<FiledIdea, BoardIdea> row;

	/**
	 * @param row makes the board's row for one of the group's ideas
	 * @param showAll whether to show every idea at once, not only the most supported
	 */
	GroupCard(IdeaGroupView group, Function<FiledIdea, BoardIdea> row, boolean showAll, Actions actions,
			BoardIdea.Mover mover, MoveTarget self) {
		this.group = group;
		this.actions = actions;
		this.row = row;
		ListItem card = getContent();
		card.addClassNames("card", "group-card");
		header.addClassName("group-card__header");
		name.setText(group.name());
		edit.setText(getTranslation("board.group.edit"));
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
		edit.addClickListener(click -> showForm());
		showHeader();
		card.add(header);
		if (group.ideas().isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("board.group.empty"));
			empty.addClassName("group-card__empty");
			card.add(empty);
		}
		else {
			ideas.addClassName("board-ideas");
			card.add(ideas, more);
			showIdeas(showAll ? group.ideaCount() : SHOWN);
		}
		DropTarget<ListItem> drop = DropTarget.create(card);
		drop.setDropEffect(DropEffect.MOVE);
		drop.addDropListener(dropped -> dropped.getDragData()
			.filter(BoardIdea.Dragged.class::isInstance)
			.map(BoardIdea.Dragged.class::cast)
			.ifPresent(dragged -> mover.move(dragged.idea(), dragged.fromGroupId(), self)));
	}

	/** Shows the group's most supported ideas, and a button for the others. */
	private void showIdeas(int count) {
		ideas.removeAll();
		group.ideas().stream().limit(count).map(row).forEach(ideas::add);
		more.removeAll();
		int hidden = group.ideaCount() - count;
		if (hidden > 0) {
			Button all = new Button(getTranslation("board.group.showAll", hidden), click -> {
				showIdeas(group.ideaCount());
				ideas.getChildren().skip(count).findFirst().ifPresent(first -> ((BoardIdea) first).focus());
			});
			all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			more.add(all);
		}
	}

	private void showHeader() {
		header.removeAll();
		Paragraph summary = new Paragraph(group.summary());
		summary.addClassName("user-text");
		Paragraph counts = new Paragraph(
				getTranslation("board.group.counts", group.ideaCount(), group.supporterCount()));
		counts.addClassName("group-card__counts");
		Button dissolve = new Button(getTranslation("board.group.dissolve"), click -> confirmDissolve());
		dissolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		Div buttons = new Div(edit, dissolve);
		buttons.addClassName("actions");
		header.add(name, summary, counts, buttons);
	}

	/** Puts the keyboard on the group's name, after the board was drawn anew. */
	void focusHeading() {
		Focus.on(name);
	}

	private void showForm() {
		header.removeAll();
		GroupForm form = new GroupForm(getTranslation("board.group.save"), group.name(), group.summary(),
				(newName, summary) -> actions.edit(group, newName, summary), () -> {
					showHeader();
					// back out of the form, to the button that opened it
					Focus.on(edit);
				});
		header.add(name, form);
		form.focus();
	}

	private void confirmDissolve() {
		new Confirmation(getTranslation("board.group.dissolve.title", group.name()),
				getTranslation("board.group.dissolve.text"), getTranslation("board.group.dissolve.confirm"),
				getTranslation("board.group.cancel"), () -> actions.dissolve(group))
			.destructive()
			.open();
	}

}
