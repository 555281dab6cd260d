package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.moderation.IdeaGroupView;

/**
 * A group on the goal board: name, public summary, counts and its ideas. Ideas dropped on
 * it join it; it can be changed or dissolved.
 */
class GroupCard extends Composite<ListItem> {

	interface Actions {

		void edit(IdeaGroupView group, String name, String summary);

		void dissolve(IdeaGroupView group);

	}

	private final IdeaGroupView group;

	private final Actions actions;

	private final Div header = new Div();

	GroupCard(IdeaGroupView group, List<BoardIdea> ideas, Actions actions, BoardIdea.Mover mover, MoveTarget self) {
		this.group = group;
		this.actions = actions;
		ListItem card = getContent();
		card.addClassNames("card", "group-card");
		header.addClassName("group-card__header");
		showHeader();
		card.add(header);
		if (ideas.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("board.group.empty"));
			empty.addClassName("group-card__empty");
			card.add(empty);
		}
		else {
			UnorderedList list = new UnorderedList();
			list.addClassName("board-ideas");
			ideas.forEach(list::add);
			card.add(list);
		}
		DropTarget<ListItem> drop = DropTarget.create(card);
		drop.setDropEffect(DropEffect.MOVE);
		drop.addDropListener(dropped -> dropped.getDragData()
			.filter(BoardIdea.Dragged.class::isInstance)
			.map(BoardIdea.Dragged.class::cast)
			.ifPresent(dragged -> mover.move(dragged.idea(), dragged.fromGroupId(), self)));
	}

	private void showHeader() {
		header.removeAll();
		Paragraph summary = new Paragraph(group.summary());
		summary.addClassName("user-text");
		Paragraph counts = new Paragraph(
				getTranslation("board.group.counts", group.ideaCount(), group.supporterCount()));
		counts.addClassName("group-card__counts");
		Button edit = new Button(getTranslation("board.group.edit"), click -> showForm());
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Button dissolve = new Button(getTranslation("board.group.dissolve"), click -> confirmDissolve());
		dissolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		Div buttons = new Div(edit, dissolve);
		buttons.addClassName("actions");
		header.add(new H4(group.name()), summary, counts, buttons);
	}

	private void showForm() {
		header.removeAll();
		GroupForm form = new GroupForm(getTranslation("board.group.save"), group.name(), group.summary(),
				(name, summary) -> actions.edit(group, name, summary), this::showHeader);
		header.add(new H4(group.name()), form);
		form.focus();
	}

	private void confirmDissolve() {
		ConfirmDialog dialog = new ConfirmDialog(getTranslation("board.group.dissolve.title", group.name()),
				getTranslation("board.group.dissolve.text"), getTranslation("board.group.dissolve.confirm"),
				confirmed -> actions.dissolve(group), getTranslation("board.group.cancel"), cancelled -> {
				});
		dialog.open();
	}

}
