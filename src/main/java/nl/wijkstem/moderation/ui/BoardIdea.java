package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.ui.StatusBadge;
import nl.wijkstem.moderation.SimilarOnBoard;
import nl.wijkstem.idea.ui.IdeaView;

/**
 * One idea on the goal board: its title (to its page), status and supporters; draggable
 * onto a group, and movable by keyboard: "Move" opens a choice of where to, so the board
 * does not build a choice for every idea it shows.
 */
class BoardIdea extends Composite<ListItem> {

	/** What a drag carries: the idea and the group it comes from. */
	record Dragged(FiledIdea idea, Long fromGroupId) {
	}

	interface Mover {

		void move(FiledIdea idea, Long fromGroupId, MoveTarget target);

	}

	/**
	 * The board's side of the similar-idea hints: finding them and grouping from them.
	 */
	interface Hints extends BoardSimilarPanel.Grouping {

		List<SimilarOnBoard> similar(FiledIdea idea);

	}

	private final FiledIdea idea;

	private final Long groupId;

	private final List<MoveTarget> targets;

	private final Mover mover;

	private final Hints hints;

	private Div movePanel;

	private BoardSimilarPanel similarPanel;

	private final Button open = new Button();

	private final Button similar = new Button();

	BoardIdea(FiledIdea idea, Long groupId, List<MoveTarget> targets, Mover mover, Hints hints) {
		this.idea = idea;
		this.groupId = groupId;
		this.targets = targets;
		this.mover = mover;
		this.hints = hints;
		ListItem item = getContent();
		item.addClassName("board-idea");
		RouterLink title = new RouterLink(idea.title(), IdeaView.class,
				new RouteParameters("ideaId", idea.id().toString()));
		title.addClassName("board-idea__title");
		Span status = new Span(getTranslation("idea.status." + idea.status()));
		StatusBadge.mark(status, idea.status());
		Span supports = new Span(getTranslation("ideas.supports", idea.supportCount()));
		supports.addClassName("board-idea__supports");
		Div meta = new Div(status, supports);
		meta.addClassName("board-idea__meta");
		open.setText(getTranslation("board.move"));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL);
		open.addClickListener(click -> showMoveChoice());
		similar.setText(getTranslation("board.similar"));
		similar.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		similar.getElement().setAttribute("aria-expanded", "false");
		similar.addClickListener(click -> toggleSimilar());
		Div actions = new Div(open, similar);
		actions.addClassName("board-idea__actions");
		item.add(title, meta, actions);
		DragSource<ListItem> drag = DragSource.create(item);
		drag.setDragData(new Dragged(idea, groupId));
		drag.setEffectAllowed(EffectAllowed.MOVE);
	}

	Long ideaId() {
		return idea.id();
	}

	/** Puts the keyboard focus back here, after the board was redrawn. */
	void focus() {
		open.focus();
	}

	/**
	 * Shows the similar ideas under this goal, looked up only now: the board does not
	 * search for every idea it shows.
	 */
	private void toggleSimilar() {
		if (similarPanel != null) {
			closeSimilar();
			return;
		}
		similarPanel = new BoardSimilarPanel(idea, groupId, hints.similar(idea), hints, this::closeSimilar);
		getContent().add(similarPanel);
		similar.getElement().setAttribute("aria-expanded", "true");
		similarPanel.focus();
	}

	private void closeSimilar() {
		getContent().remove(similarPanel);
		similarPanel = null;
		similar.getElement().setAttribute("aria-expanded", "false");
		similar.focus();
	}

	private void showMoveChoice() {
		Select<MoveTarget> where = new Select<>();
		where.setLabel(getTranslation("board.move.to"));
		where.setItems(targets);
		where.setItemLabelGenerator(MoveTarget::label);
		MoveTarget here = targets.stream()
			.filter(target -> !target.isGoal() && Objects.equals(target.groupId(), groupId))
			.findFirst()
			.orElse(null);
		where.setItemEnabledProvider(target -> target != here);
		Button move = new Button(getTranslation("board.move.confirm"), click -> {
			if (where.getValue() == null) {
				where.setErrorMessage(getTranslation("board.move.choose"));
				where.setInvalid(true);
				return;
			}
			mover.move(idea, groupId, where.getValue());
		});
		move.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
		Button cancel = new Button(getTranslation("board.move.cancel"), click -> {
			getContent().remove(movePanel);
			open.setVisible(true);
			open.focus();
		});
		cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
		movePanel = new Div(where, move, cancel);
		movePanel.addClassName("move-panel");
		getContent().add(movePanel);
		open.setVisible(false);
		where.focus();
	}

}
