package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplateDetails;
import nl.wijkstem.moderation.ReasonTemplateDraft;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Writing a new reason template or changing one: title and text in Dutch and English, and
 * the decisions it fits. What the service refuses is shown beside the field, and what was
 * typed stays.
 */
class ReasonTemplateForm extends Composite<Section> {

	private final ReasonTemplates templates;

	private final Consumer<Long> onDone;

	private final H2 heading = new H2();

	private final TextField titleNl = new TextField();

	private final TextArea textNl = new TextArea();

	private final TextField titleEn = new TextField();

	private final TextArea textEn = new TextArea();

	private final CheckboxGroup<DecisionKind> kinds = new CheckboxGroup<>();

	private final Map<String, HasValidation> fields = Map.of("titleNl", titleNl, "textNl", textNl, "titleEn", titleEn,
			"textEn", textEn, "kinds", kinds);

	private ReasonTemplateDetails editing;

	/**
	 * @param onDone called after a save or cancel, to show the list again: with the saved
	 * template's id, or {@code null} when nothing was saved
	 */
	ReasonTemplateForm(ReasonTemplates templates, Consumer<Long> onDone) {
		this.templates = templates;
		this.onDone = onDone;
		title(titleNl, "reasonTemplates.form.titleNl");
		text(textNl, "reasonTemplates.form.textNl");
		title(titleEn, "reasonTemplates.form.titleEn");
		text(textEn, "reasonTemplates.form.textEn");
		kinds.setLabel(getTranslation("reasonTemplates.form.kinds"));
		kinds.setItems(Arrays.asList(DecisionKind.values()));
		// who reads it decides how a text is written: shown with each decision
		kinds.setItemLabelGenerator(kind -> getTranslation("reasonTemplates.kind.option",
				getTranslation("reasonTemplates.kind." + kind.name()),
				getTranslation("reasonTemplates.audience.short." + kind.audience())));
		kinds.addClassName("vertical-options");
		Button save = new Button(getTranslation("reasonTemplates.form.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("reasonTemplates.form.cancel"), click -> onDone.accept(null));
		Div actions = new Div(save, cancel);
		actions.addClassName("actions");
		getContent().addClassName("reason-template-form");
		getContent().add(heading, titleNl, textNl, titleEn, textEn, kinds, actions);
	}

	void startNew() {
		fill(null);
	}

	void edit(ReasonTemplateDetails details) {
		fill(details);
	}

	private void fill(ReasonTemplateDetails details) {
		editing = details;
		heading.setText(getTranslation(details == null ? "reasonTemplates.form.new" : "reasonTemplates.form.edit"));
		titleNl.setValue(details == null ? "" : details.titleNl());
		textNl.setValue(details == null ? "" : details.textNl());
		titleEn.setValue(details == null ? "" : details.titleEn());
		textEn.setValue(details == null ? "" : details.textEn());
		kinds.setValue(details == null ? Set.of() : details.kinds());
		fields.values().forEach(field -> field.setInvalid(false));
		titleNl.focus();
	}

	private void save() {
		fields.values().forEach(field -> field.setInvalid(false));
		ReasonTemplateDraft draft = new ReasonTemplateDraft(titleNl.getValue(), textNl.getValue(), titleEn.getValue(),
				textEn.getValue(), kinds.getValue());
		try {
			Long saved;
			if (editing == null) {
				saved = templates.create(draft);
			}
			else {
				templates.update(editing.id(), editing.version(), draft);
				saved = editing.id();
			}
			Notification.show(getTranslation("reasonTemplates.saved"));
			onDone.accept(saved);
		}
		catch (Rejection rejected) {
			String general = RejectionMessages.showOnFields(this, rejected, fields::get);
			if (!general.isEmpty()) {
				Notification.show(general, 6000, Notification.Position.MIDDLE);
				onDone.accept(null);
			}
		}
	}

	private void title(TextField field, String labelKey) {
		field.setLabel(getTranslation(labelKey));
		field.setMaxLength(ReasonTemplates.TITLE_MAX);
		field.setWidthFull();
	}

	private void text(TextArea field, String labelKey) {
		field.setLabel(getTranslation(labelKey));
		field.setHelperText(getTranslation("reasonTemplates.form.textHelp", ReasonTemplates.TEXT_MIN));
		field.setMaxLength(ReasonTemplates.TEXT_MAX);
		field.setWidthFull();
	}

}
