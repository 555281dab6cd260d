package nl.wijkstem.moderation.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;

/**
 * The first decision on a submitted idea: publish, ask for changes or reject, with a
 * message for the author.
 */
class DecisionForm extends ActionForm {

	DecisionForm(IdeaService ideas, IdeaDetails idea, Runnable afterDecision, Runnable reload) {
		super("moderation.decide", reload);
		RadioButtonGroup<ModerationDecision> decision = new RadioButtonGroup<>(getTranslation("moderation.decision"));
		decision.setItems(Arrays.asList(ModerationDecision.values()));
		decision.setItemLabelGenerator(value -> getTranslation("moderation.decision." + value));
		decision.addClassName("vertical-options");
		TextArea message = reasonArea("moderation.message");
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
		getContent().add(decision, message, save);
		getContent().addClassName("decision-form");
	}

}
