package nl.wijkstem.voting.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.voting.BallotEntry;

/**
 * An idea on the ballot in full, on the ballot itself: its text, photo and cost. Reading
 * about an idea does not take the voter away from choices not yet saved. Closing it
 * returns focus to the button that opened it.
 */
class BallotItemDialog extends Dialog {

	BallotItemDialog(BallotEntry entry, String cost, Optional<IdeaDetails> details, Button opener) {
		setHeaderTitle(entry.title());
		addClassName("ballot-details");
		setMaxWidth("40rem");
		Div body = new Div();
		body.addClassName("ballot-details__body");
		if (entry.photo() != null) {
			Image photo = new Image(entry.photo().url(), entry.photo().altText());
			photo.addClassName("ballot-details__photo");
			body.add(photo);
		}
		if (cost != null) {
			Paragraph costLine = new Paragraph(getTranslation("vote.details.cost", cost));
			costLine.addClassName("ballot-details__cost");
			body.add(costLine);
		}
		details.ifPresentOrElse(idea -> {
			Paragraph text = new Paragraph(idea.description());
			text.addClassNames("user-text", "ballot-details__text");
			body.add(text);
			// a link away, for whoever wants the comments and history: the choices
			// stay in the tab (BallotForm)
			body.add(new Paragraph(new Anchor("ideas/" + idea.id(), getTranslation("vote.details.page"))));
		}, () -> body.add(new Paragraph(getTranslation("vote.details.gone"))));
		add(body);
		Button close = new Button(getTranslation("vote.details.close"), click -> close());
		getFooter().add(close);
		addOpenedChangeListener(change -> {
			if (!change.isOpened()) {
				opener.focus();
			}
		});
	}

}
