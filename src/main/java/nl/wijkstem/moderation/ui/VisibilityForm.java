package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Hides a public idea from view with a reason its author reads, or shows it again.
 */
class VisibilityForm extends ActionForm {

	VisibilityForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, Runnable reload) {
		super(idea.hidden() ? "moderation.unhide" : "moderation.hide", templates, reload);
		TextArea reason = reasonArea("moderation.hide.reason");
		Button action;
		if (idea.hidden()) {
			action = new Button(getTranslation("moderation.unhide.save"),
					click -> run(() -> moderation.unhide(idea.id(), idea.version(), reason.getValue()),
							"moderation.unhidden", reason));
			getContent().add(new Paragraph(idea.hiddenReason().isEmpty() ? getTranslation("moderation.hidden.pending")
					: getTranslation("moderation.hidden.reason", idea.hiddenReason())));
		}
		else {
			action = new Button(getTranslation("moderation.hide.save"),
					click -> run(() -> moderation.hide(idea.id(), idea.version(), reason.getValue()),
							"moderation.hidden", reason));
			action.addThemeVariants(ButtonVariant.LUMO_ERROR);
			getContent().add(new Paragraph(getTranslation("moderation.hide.intro")));
		}
		getContent().add(templatesFor(reason, DecisionKind.visibility(idea.hidden())), reason, action);
		getContent().addClassName("visibility-form");
	}

}
