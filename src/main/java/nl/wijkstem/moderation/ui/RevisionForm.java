package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * A moderator changes the words of an idea, for clarity or to take out personal data. The
 * old text is kept and the author is told why.
 */
class RevisionForm extends ActionForm {

	RevisionForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, Runnable reload) {
		super("moderation.revise", templates, reload);
		TextField title = new TextField(getTranslation("propose.titleField"));
		title.setValue(idea.title());
		title.setMaxLength(120);
		title.setWidthFull();
		TextArea description = new TextArea(getTranslation("propose.description"));
		description.setValue(idea.description());
		description.setMaxLength(5000);
		description.setWidthFull();
		TextField location = new TextField(getTranslation("propose.locationText"));
		location.setValue(idea.locationText() == null ? "" : idea.locationText());
		location.setMaxLength(200);
		location.setWidthFull();
		TextArea reason = reasonArea("moderation.revise.reason");
		Button save = new Button(getTranslation("moderation.revise.save"),
				click -> run(() -> moderation.revise(idea.id(), idea.version(), title.getValue(),
						description.getValue(), location.getValue(), reason.getValue()), "moderation.revise.saved",
						reason));
		getContent().add(new Paragraph(getTranslation("moderation.revise.intro")), title, description, location,
				templatesFor(reason, DecisionKind.PUBLISH), reason, save);
		getContent().addClassName("revision-form");
	}

}
