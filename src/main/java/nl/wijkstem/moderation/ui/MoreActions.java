package nl.wijkstem.moderation.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaLifecycle;
import nl.wijkstem.idea.IdeaLifecycle.Actor;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.SimilarIdea;
import nl.wijkstem.moderation.ReasonTemplates;

/**
 * The rarer actions on an idea, each in a dialog of its own so they do not crowd the
 * page: change the text, mark as duplicate, hide or show again, move to another status,
 * and post an official answer. Only the actions that fit the idea's status are offered.
 */
class MoreActions extends Composite<Section> {

	private final Runnable reload;

	private final Div buttons = new Div();

	MoreActions(IdeaModerationService moderation, ReasonTemplates templates, IdeaDetails idea,
			List<SimilarIdea> similar, Runnable reload) {
		this.reload = reload;
		IdeaStatus status = idea.status();
		boolean submitted = status == IdeaStatus.SUBMITTED;
		if (submitted || status.isPublic()) {
			offer("moderation.revise", done -> new RevisionForm(moderation, templates, idea, done));
		}
		if (IdeaLifecycle.allows(status, IdeaStatus.DUPLICATE, Actor.MODERATOR) && !similar.isEmpty()) {
			offer("moderation.duplicate", done -> new DuplicateForm(moderation, templates, idea, similar, done));
		}
		if (status.isPublic()) {
			offer(idea.hidden() ? "moderation.unhide" : "moderation.hide",
					done -> new VisibilityForm(moderation, templates, idea, done));
			offer("moderation.answer", done -> new AnswerForm(moderation, templates, idea, done));
		}
		if (!IdeaLifecycle.progressSteps(status).isEmpty()) {
			offer("moderation.status", done -> new StatusUpdateForm(moderation, templates, idea, done));
		}
		buttons.addClassName("actions");
		getContent().add(new H2(getTranslation("moderation.more")), buttons);
		getContent().addClassName("more-actions");
		setVisible(buttons.getChildren().findAny().isPresent());
	}

	/**
	 * A button that opens the form in a dialog; the form is made when it opens, so the
	 * page stays light. Whatever the form does, the dialog closes before the item is
	 * shown afresh.
	 */
	private void offer(String titleKey, Function<Runnable, Component> form) {
		String title = getTranslation(titleKey);
		Button open = new Button(title, click -> {
			Dialog dialog = new Dialog();
			dialog.addClassName("moderation-dialog");
			dialog.setWidth("40rem");
			dialog.setMaxWidth("100%");
			dialog.getElement().setAttribute("aria-label", title);
			dialog.add(form.apply(() -> {
				dialog.close();
				reload.run();
			}));
			dialog.getFooter().add(new Button(getTranslation("moderation.dialog.close"), close -> dialog.close()));
			dialog.open();
		});
		buttons.add(open);
	}

}
