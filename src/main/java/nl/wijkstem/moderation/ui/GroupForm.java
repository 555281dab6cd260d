package nl.wijkstem.moderation.ui;

import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A group's name and public summary, to create a group or change one. A refusal is shown
 * next to the field it concerns, and what was typed stays.
 */
class GroupForm extends Composite<Div> {

	interface Save {

		/**
		 * @throws Rejection when the service refuses
		 */
		void save(String name, String summary);

	}

	private final TextField name = new TextField();

	private final TextArea summary = new TextArea();

	GroupForm(String saveLabel, String initialName, String initialSummary, Save save, Runnable cancel) {
		Div form = getContent();
		form.addClassName("group-form");
		name.setLabel(getTranslation("board.group.name"));
		name.setHelperText(getTranslation("board.group.name.help"));
		name.setMaxLength(120);
		name.setValue(initialName);
		name.setWidthFull();
		summary.setLabel(getTranslation("board.group.summary"));
		summary.setHelperText(getTranslation("board.group.summary.help"));
		summary.setMaxLength(300);
		summary.setValue(initialSummary);
		summary.setWidthFull();
		Button submit = new Button(saveLabel, click -> {
			name.setInvalid(false);
			summary.setInvalid(false);
			try {
				save.save(name.getValue(), summary.getValue());
			}
			catch (Rejection rejected) {
				show(rejected);
			}
		});
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div actions = new Div(submit);
		actions.addClassName("actions");
		if (cancel != null) {
			actions.add(new Button(getTranslation("board.group.cancel"), click -> cancel.run()));
		}
		form.add(name, summary, actions);
	}

	void focus() {
		name.focus();
	}

	private void show(Rejection rejected) {
		String general = RejectionMessages.showOnFields(this, rejected, field -> switch (field) {
			case "summary" -> summary;
			case "name" -> name;
			default -> null;
		});
		if (!general.isEmpty()) {
			BoardMessages.warn(general);
		}
	}

}
