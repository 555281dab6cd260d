package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.FilingSuggestion;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeOverview.Category;

/**
 * The one place where a moderator decides about an idea, saved in one step: for a
 * submitted idea the decision, its filing under a goal and themes (started from the
 * suggestion) when publishing, and the message for the author; for a public idea its
 * filing. "Save and next" goes on with the next item of the queue. The frequent actions
 * have keyboard shortcuts, listed in {@link ShortcutHelp}.
 */
class ActionPanel extends Composite<Section> {

	private final IdeaDecisionService ideas;

	private final IdeaDetails idea;

	private final Consumer<Boolean> saved;

	private final Runnable reload;

	private final RadioButtonGroup<ModerationDecision> decision = new RadioButtonGroup<>();

	private final Select<Category> goal = new Select<>();

	private final CheckboxGroup<Category> themes = new CheckboxGroup<>();

	private final Div filing = new Div();

	private final TextArea message = new TextArea();

	/** Says what a shortcut did, for those who do not see the form change. */
	private final Paragraph announcement = new Paragraph();

	/**
	 * @param saved after a successful save: {@code true} to go on with the next item,
	 * {@code false} to show this one again
	 * @param reload shows the item afresh (when someone else changed it meanwhile)
	 * @param suggestionsPreparing whether suggestions are still being prepared after a
	 * start (then {@code suggestion} is empty)
	 */
	ActionPanel(IdeaDecisionService ideas, ReasonTemplates templates, ProgrammeOverview overview,
			Optional<FilingSuggestion> suggestion, boolean suggestionsPreparing, IdeaDetails idea,
			Consumer<Boolean> saved, Runnable reload) {
		this.ideas = ideas;
		this.idea = idea;
		this.saved = saved;
		this.reload = reload;
		boolean submitted = idea.status() == IdeaStatus.SUBMITTED;
		Section content = getContent();
		content.addClassName("action-panel");
		content.add(new H2(getTranslation(submitted ? "moderation.decide" : "moderation.filing")));
		FilingSuggestionPanel suggestionPanel = new FilingSuggestionPanel(suggestion, suggestionsPreparing, overview,
				(suggestedGoal, suggestedThemes) -> {
					goal.setValue(suggestedGoal);
					themes.setValue(suggestedThemes);
				});
		suggestionPanel.useWithShortcut(ModerationShortcut.USE_SUGGESTION);
		configureFiling(overview, suggestionPanel);
		if (submitted) {
			ReasonTemplatePicker picker = configureDecision(templates);
			content.add(decision, filing, picker, message);
		}
		else {
			filing.addComponentAsFirst(new Paragraph(getTranslation("moderation.filing.intro")));
			content.add(filing);
		}
		Button save = new Button(getTranslation("moderation.panel.save"), click -> save(false));
		Button saveAndNext = new Button(getTranslation("moderation.panel.saveNext"), click -> save(true));
		saveAndNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		saveAndNext.addClassName("action-panel__next");
		// the field being typed in loses focus first, so its text is saved too
		saveAndNext.addClickShortcut(ModerationShortcut.SAVE_AND_NEXT.key(), ModerationShortcut.MODIFIER)
			.resetFocusOnActiveElement();
		saveAndNext.getElement().setAttribute("aria-keyshortcuts", ModerationShortcut.SAVE_AND_NEXT.label());
		Div buttons = new Div(saveAndNext, save);
		buttons.addClassName("actions");
		announcement.addClassName("sr-only");
		announcement.getElement().setAttribute("aria-live", "polite");
		content.add(buttons, announcement, new ShortcutHelp(submitted, suggestionPanel.hasSuggestion()));
	}

	private ReasonTemplatePicker configureDecision(ReasonTemplates templates) {
		decision.setLabel(getTranslation("moderation.decision"));
		decision.setItems(Arrays.asList(ModerationDecision.values()));
		decision.setItemLabelGenerator(value -> getTranslation("moderation.decision." + value));
		decision.addClassName("vertical-options");
		message.setLabel(getTranslation("moderation.message"));
		message.setHelperText(getTranslation("moderation.message.help"));
		message.setMaxLength(2000);
		message.setWidthFull();
		ReasonTemplatePicker picker = new ReasonTemplatePicker(templates, message);
		String welcome = getTranslation("moderation.publish.default");
		filing.setVisible(false);
		decision.addValueChangeListener(change -> {
			decision.setInvalid(false);
			ModerationDecision chosen = change.getValue();
			picker.showFor(chosen == null ? null : DecisionKind.of(chosen));
			filing.setVisible(chosen == ModerationDecision.PUBLISH);
			// publishing tells the author why too; the plain default is theirs to change
			if (chosen == ModerationDecision.PUBLISH && message.getValue().isBlank()) {
				message.setValue(welcome);
			}
			else if (chosen != ModerationDecision.PUBLISH && message.getValue().equals(welcome)) {
				message.clear();
			}
		});
		shortcut(ModerationShortcut.PUBLISH, ModerationDecision.PUBLISH);
		shortcut(ModerationShortcut.REQUEST_CHANGES, ModerationDecision.REQUEST_CHANGES);
		shortcut(ModerationShortcut.REJECT, ModerationDecision.REJECT);
		return picker;
	}

	private void shortcut(ModerationShortcut shortcut, ModerationDecision value) {
		Shortcuts.addShortcutListener(this, () -> {
			decision.setValue(value);
			announcement
				.setText(getTranslation("moderation.panel.chosen", getTranslation("moderation.decision." + value)));
		}, shortcut.key(), ModerationShortcut.MODIFIER);
	}

	private void configureFiling(ProgrammeOverview overview, FilingSuggestionPanel suggestion) {
		goal.setLabel(getTranslation("moderation.filing.goal"));
		goal.setItems(overview.goals());
		goal.setItemLabelGenerator(category -> category == null ? "" : category.name());
		goal.setEmptySelectionAllowed(true);
		goal.setEmptySelectionCaption(getTranslation("moderation.panel.noGoal"));
		overview.goals()
			.stream()
			.filter(category -> category.id().equals(idea.goalId()))
			.findFirst()
			.ifPresent(goal::setValue);
		goal.setWidthFull();
		goal.addValueChangeListener(change -> goal.setInvalid(false));
		themes.setLabel(getTranslation("moderation.filing.themes"));
		themes.setItems(overview.themes());
		themes.setItemLabelGenerator(Category::name);
		themes.select(overview.themes()
			.stream()
			.filter(category -> idea.assignedThemeIds().contains(category.id()))
			.toList());
		themes.addClassName("vertical-options");
		filing.addClassName("action-panel__filing");
		filing.add(suggestion, goal, themes);
	}

	private void save(boolean next) {
		Long goalId = goal.getValue() == null ? null : goal.getValue().id();
		Set<Long> themeIds = themes.getValue().stream().map(Category::id).collect(Collectors.toSet());
		try {
			if (idea.status() == IdeaStatus.SUBMITTED) {
				if (decision.getValue() == null) {
					decision.setErrorMessage(getTranslation("moderation.error.decision"));
					decision.setInvalid(true);
					return;
				}
				ideas.decideAndFile(idea.id(), idea.version(), decision.getValue(), message.getValue(), goalId,
						themeIds);
				Notification.show(getTranslation("moderation.saved"));
			}
			else {
				ideas.file(idea.id(), idea.version(), goalId, themeIds);
				Notification.show(getTranslation("moderation.filing.saved"));
			}
			saved.accept(next);
		}
		catch (Rejection rejected) {
			refused(rejected);
		}
	}

	/**
	 * Shows what was wrong beside the field it concerns, keeping everything typed; when
	 * the idea changed meanwhile, says so and shows it afresh.
	 */
	private void refused(Rejection rejected) {
		boolean shown = false;
		for (Rejection.Problem problem : rejected.problems()) {
			HasValidation field = "message".equals(problem.field()) ? message
					: "goal".equals(problem.field()) ? goal : null;
			if (field != null) {
				field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
				field.setInvalid(true);
				shown = true;
			}
		}
		if (!shown) {
			Notification notice = Notification.show(getTranslation(rejected.problems().getFirst().messageKey(),
					rejected.problems().getFirst().arguments()), 6000, Notification.Position.MIDDLE);
			notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
			reload.run();
		}
	}

}
