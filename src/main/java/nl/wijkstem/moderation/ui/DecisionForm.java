package nl.wijkstem.moderation.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * The first decision on a submitted idea: publish, ask for changes or reject, with a
 * message for the author.
 */
class DecisionForm extends ActionForm {

	DecisionForm(IdeaService ideas, ReasonTemplates templates, IdeaDetails idea, Runnable afterDecision,
			Runnable reload) {
		super("moderation.decide", templates, reload);
		RadioButtonGroup<ModerationDecision> decision = new RadioButtonGroup<>(getTranslation("moderation.decision"));
		decision.setItems(Arrays.asList(ModerationDecision.values()));
		decision.setItemLabelGenerator(value -> getTranslation("moderation.decision." + value));
		decision.addClassName("vertical-options");
		TextArea message = reasonArea("moderation.message");
		ReasonTemplatePicker picker = templatesFor(message, null);
		decision.addValueChangeListener(
				change -> picker.showFor(change.getValue() == null ? null : DecisionKind.of(change.getValue())));
		Button save = new Button(getTranslation("moderation.save"), click -> {
			if (decision.getValue() == null) {
				decision.setErrorMessage(getTranslation("moderation.error.decision"));
				decision.setInvalid(true);
				return;
			}
			if (run(() -> ideas.decide(idea.id(), idea.version(), decision.getValue(), message.getValue()),
					"moderation.saved", message)) {
				afterDecision.run();
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getContent().add(decision, picker, message, save);
		getContent().addClassName("decision-form");
	}

}
