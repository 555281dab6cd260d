package nl.wijkstem.moderation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.moderation.IdeaPlacement;
import nl.wijkstem.moderation.SimilarOnBoard;

/**
 * The ideas under the same goal that say what a board idea says, with the words they
 * share and where they are now. The moderator ticks those that belong together and makes
 * a group of them with this idea, or adds them to this idea's group.
 */
class BoardSimilarPanel extends Composite<Div> {

	/** What the board does with the moderator's choice. */
	interface Grouping {

		/**
		 * @throws Rejection when the service refuses
		 */
		void createWith(FiledIdea anchor, String name, String summary, List<IdeaPlacement> ideas);

		/** Tells the moderator itself when the service refuses. */
		void addTo(FiledIdea anchor, Long groupId, List<IdeaPlacement> ideas);

	}

	private final CheckboxGroup<SimilarOnBoard> chosen = new CheckboxGroup<>();

	private final H4 heading = new H4();

	BoardSimilarPanel(FiledIdea anchor, Long anchorGroupId, List<SimilarOnBoard> similar, Grouping grouping,
			Runnable close) {
		Div panel = getContent();
		panel.addClassName("board-similar");
		heading.setText(getTranslation("board.similar.title", anchor.title()));
		heading.getElement().setAttribute("tabindex", "-1");
		panel.add(heading);
		Button cancel = new Button(getTranslation("board.similar.close"), click -> close.run());
		cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
		if (similar.isEmpty()) {
			panel.add(new Paragraph(getTranslation("board.similar.none")), cancel);
			return;
		}
		chosen.setLabel(getTranslation("board.similar.choose"));
		chosen.setItems(similar);
		chosen.setItemLabelGenerator(this::label);
		chosen.addClassName("vertical-options");
		chosen.addValueChangeListener(change -> chosen.setInvalid(false));
		GroupForm create = new GroupForm(getTranslation("board.similar.create"), shortened(anchor.title()), "",
				(name, summary) -> {
					List<IdeaPlacement> others = chosenOrMarked();
					if (!others.isEmpty()) {
						List<IdeaPlacement> ideas = new ArrayList<>();
						ideas.add(new IdeaPlacement(anchor.id(), anchorGroupId));
						ideas.addAll(others);
						grouping.createWith(anchor, name, summary, ideas);
					}
				}, null);
		Div form = new Div(new Paragraph(getTranslation("board.similar.createIntro")), create);
		form.addClassName("board-similar__create");
		panel.add(chosen, form);
		if (anchorGroupId != null) {
			Button add = new Button(getTranslation("board.similar.addToGroup"), click -> {
				List<IdeaPlacement> others = chosenOrMarked();
				if (!others.isEmpty()) {
					grouping.addTo(anchor, anchorGroupId, others);
				}
			});
			add.addClassName("board-similar__add");
			panel.add(add);
		}
		panel.add(cancel);
	}

	/** Takes screen reader and keyboard users to the panel that just opened. */
	void focus() {
		heading.getElement().callJsFunction("focus");
	}

	private String label(SimilarOnBoard hint) {
		String where = hint.groupId() == null ? getTranslation("board.similar.inNoGroup")
				: getTranslation("board.similar.inGroup", hint.groupName());
		String words = hint.sharedWords().isEmpty() ? ""
				: " · " + getTranslation("moderation.similar.sharedWords", String.join(", ", hint.sharedWords()));
		return hint.idea().title() + words + " · " + where;
	}

	/** The ticked ideas; none marks the choice as missing. */
	private List<IdeaPlacement> chosenOrMarked() {
		List<IdeaPlacement> ideas = chosen.getSelectedItems().stream().map(SimilarOnBoard::placement).toList();
		if (ideas.isEmpty()) {
			chosen.setErrorMessage(getTranslation("board.similar.error.none"));
			chosen.setInvalid(true);
			chosen.getElement().executeJs("this.querySelector('vaadin-checkbox')?.focus()");
		}
		return ideas;
	}

	private static String shortened(String title) {
		return title.length() <= 120 ? title : title.substring(0, 119).strip() + "…";
	}

}
