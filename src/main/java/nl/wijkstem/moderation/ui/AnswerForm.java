package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.moderation.DecisionKind;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * An official answer of the programme bureau, shown on the idea page as such.
 */
class AnswerForm extends ActionForm {

	AnswerForm(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, Runnable reload) {
		super("moderation.answer", templates, reload);
		TextArea answer = reasonArea("moderation.answer.text");
		Button save = new Button(getTranslation("moderation.answer.save"),
				click -> run(() -> moderation.answer(idea.id(), answer.getValue()), "moderation.answer.saved", answer));
		getContent().add(new Paragraph(getTranslation("moderation.answer.intro")),
				templatesFor(answer, DecisionKind.ANSWER), answer, save);
		getContent().addClassName("answer-form");
	}

}
