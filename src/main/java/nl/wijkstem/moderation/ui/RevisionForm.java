package nl.wijkstem.moderation.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.RevisionReason;
import nl.wijkstem.idea.ui.IdeaFields;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * A moderator changes the words of an idea, for clarity (the old text is kept) or to take
 * out personal data (the old text is erased everywhere), and tells the author why.
 */
class RevisionForm extends ActionForm {

	RevisionForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, Runnable reload) {
		super("moderation.revise", templates, reload);
		TextField title = IdeaFields.title();
		title.setValue(idea.title());
		TextArea description = IdeaFields.description();
		description.setValue(idea.description());
		TextField location = IdeaFields.location();
		location.setValue(idea.locationText() == null ? "" : idea.locationText());
		RadioButtonGroup<RevisionReason> kind = new RadioButtonGroup<>(getTranslation("moderation.revise.kind"));
		kind.setItems(Arrays.asList(RevisionReason.values()));
		kind.setItemLabelGenerator(value -> getTranslation("moderation.revise.kind." + value));
		kind.addClassName("vertical-options");
		kind.addClassName("revision-kind");
		TextArea reason = reasonArea("moderation.revise.reason");
		ReasonTemplatePicker picker = templatesFor(reason, null);
		kind.addValueChangeListener(change -> {
			kind.setInvalid(false);
			picker.showFor(change.getValue() == null ? null : DecisionKind.of(change.getValue()));
			kind.setHelperText(change.getValue() == RevisionReason.PERSONAL_DATA
					? getTranslation("moderation.revise.personalData.help") : null);
		});
		Button save = new Button(getTranslation("moderation.revise.save"), click -> {
			if (kind.getValue() == null) {
				kind.setErrorMessage(getTranslation("moderation.error.revisionKind"));
				kind.setInvalid(true);
				return;
			}
			run(() -> moderation.revise(idea.id(), idea.version(), title.getValue(), description.getValue(),
					location.getValue(), kind.getValue(), reason.getValue()), "moderation.revise.saved", reason);
		});
		getContent().add(new Paragraph(getTranslation("moderation.revise.intro")), title, description, location, kind,
				picker, reason, save);
		getContent().addClassName("revision-form");
	}

}
