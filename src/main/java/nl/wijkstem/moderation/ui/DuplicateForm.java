package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * Marks an idea as the same as one of the similar published ideas. Supports stay where
 * they are; the author is invited to support the other idea.
 */
class DuplicateForm extends ActionForm {

	DuplicateForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea,
			List<SimilarIdea> candidates, Runnable reload) {
		super("moderation.duplicate", templates, reload);
		RadioButtonGroup<SimilarIdea> original = new RadioButtonGroup<>(getTranslation("moderation.duplicate.of"));
		original.setItems(candidates);
		original.setItemLabelGenerator(other -> getTranslation("moderation.duplicate.option", other.title(),
				other.supportCount(), other.id())
				+ (other.sharedWords().isEmpty() ? "" : " · "
						+ getTranslation("moderation.similar.sharedWords", String.join(", ", other.sharedWords()))));
		original.addClassName("vertical-options");
		TextArea message = reasonArea("moderation.duplicate.message");
		Button save = new Button(getTranslation("moderation.duplicate.save"), click -> {
			if (original.getValue() == null) {
				original.setErrorMessage(getTranslation("moderation.error.original"));
				original.setInvalid(true);
				return;
			}
			run(() -> moderation.markDuplicate(idea.id(), idea.version(), original.getValue().id(), message.getValue()),
					"moderation.duplicate.saved", message);
		});
		getContent().add(new Paragraph(getTranslation("moderation.duplicate.intro")), original,
				templatesFor(message, DecisionKind.DUPLICATE), message, save);
		getContent().addClassName("duplicate-form");
	}

}
