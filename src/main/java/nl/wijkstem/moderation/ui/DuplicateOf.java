package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.DuplicateInfo;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * An idea marked as a duplicate: a link to its original for the moderator, and undoing
 * the marking when it was a mistake (back to where the idea stood, supports untouched,
 * the author told why).
 */
class DuplicateOf extends ActionForm {

	DuplicateOf(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea, DuplicateInfo duplicate,
			Runnable reload) {
		super("moderation.duplicateOf.title", templates, reload);
		RouterLink original = new RouterLink(duplicate.original().title(), ModerationItemView.class,
				new RouteParameters(ModerationItemView.ID_PARAMETER, duplicate.original().id().toString()));
		original.addClassName("duplicate-of__original");
		Paragraph link = new Paragraph(new Span(getTranslation("moderation.queue.duplicateOf") + " "), original);
		TextArea message = reasonArea("moderation.duplicateOf.message");
		Button undo = new Button(getTranslation("moderation.duplicateOf.undo"),
				click -> run(() -> moderation.undoDuplicate(idea.id(), idea.version(), message.getValue()),
						"moderation.duplicateOf.undone", message));
		getContent().add(link, new Paragraph(getTranslation("moderation.duplicateOf.intro",
				getTranslation("idea.status." + duplicate.statusAfterUndo()))), message, undo);
		getContent().addClassName("duplicate-of");
	}

}
