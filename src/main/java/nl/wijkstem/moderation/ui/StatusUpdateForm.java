package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;

/**
 * Moves a public idea to its next status with an update everyone reads on the idea page.
 */
class StatusUpdateForm extends ActionForm {

	StatusUpdateForm(IdeaModerationService moderation, IdeaDetails idea, Runnable reload) {
		super("moderation.status", reload);
		RadioButtonGroup<IdeaStatus> next = new RadioButtonGroup<>(getTranslation("moderation.status.next"));
		next.setItems(IdeaStatus.listed().stream().filter(status -> status != idea.status()).toList());
		next.setItemLabelGenerator(status -> getTranslation("idea.status." + status) + " – "
				+ getTranslation("idea.status.help." + status));
		next.addClassName("vertical-options");
		TextArea message = reasonArea("moderation.status.message");
		Button save = new Button(getTranslation("moderation.status.save"), click -> {
			if (next.getValue() == null) {
				next.setErrorMessage(getTranslation("moderation.error.status"));
				next.setInvalid(true);
				return;
			}
			run(() -> moderation.updateStatus(idea.id(), idea.version(), next.getValue(), message.getValue()),
					"moderation.status.saved", message);
		});
		getContent().add(next, message, save);
		getContent().addClassName("status-form");
	}

}
