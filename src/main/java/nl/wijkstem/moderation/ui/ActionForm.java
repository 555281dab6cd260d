package nl.wijkstem.moderation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * A moderator's form with a reason for the author: runs the action, and on refusal shows
 * the translated message beside the reason (keeping what was typed) or, when the item
 * changed meanwhile, as a notice before the item is shown afresh.
 */
abstract class ActionForm extends Composite<Section> {

	private final Runnable reload;

	private final ReasonTemplates templates;

	ActionForm(String titleKey, ReasonTemplates templates, Runnable reload) {
		this.reload = reload;
		this.templates = templates;
		getContent().add(new H2(getTranslation(titleKey)));
		getContent().addClassName("moderation-form");
	}

	TextArea reasonArea(String labelKey) {
		TextArea reason = new TextArea(getTranslation(labelKey));
		reason.setHelperText(getTranslation("moderation.message.help"));
		reason.setMaxLength(2000);
		reason.setWidthFull();
		return reason;
	}

	/**
	 * The moderators' reusable texts for this kind of decision above the reason, to pick
	 * and then edit.
	 */
	ReasonTemplatePicker templatesFor(TextArea reason, DecisionKind kind) {
		ReasonTemplatePicker picker = new ReasonTemplatePicker(templates, reason);
		picker.showFor(kind);
		return picker;
	}

	/**
	 * @param field where a problem with the typed reason is shown
	 * @return whether the action was carried out
	 */
	boolean run(Action action, String doneKey, HasValidation field) {
		return run(action, doneKey, field, reload);
	}

	/**
	 * @param afterSuccess what comes next once it was carried out (such as the next item
	 * of the queue)
	 */
	boolean run(Action action, String doneKey, HasValidation field, Runnable afterSuccess) {
		try {
			action.run();
			Notification.show(getTranslation(doneKey));
			afterSuccess.run();
			return true;
		}
		catch (Rejection rejected) {
			String text = rejected.problems()
				.stream()
				.map(problem -> getTranslation(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" "));
			if (field != null && rejected.problems().stream().allMatch(problem -> problem.field() != null)) {
				field.setErrorMessage(text);
				field.setInvalid(true);
			}
			else {
				Notification notice = Notification.show(text, 6000, Notification.Position.MIDDLE);
				notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
				reload.run();
			}
			return false;
		}
	}

	@FunctionalInterface
	interface Action {

		void run();

	}

}
