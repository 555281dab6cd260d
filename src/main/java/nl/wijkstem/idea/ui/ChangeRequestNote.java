package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.ChangeRequest;

/**
 * Above the idea form, when the author edits because the programme bureau asked for
 * changes: their words, so the author need not look them up elsewhere. Hidden otherwise.
 */
class ChangeRequestNote extends Composite<Section> {

	ChangeRequestNote() {
		getContent().addClassName("change-request");
		setVisible(false);
	}

	void show(ChangeRequest request) {
		Section content = getContent();
		content.removeAll();
		Paragraph intro = new Paragraph(getTranslation("propose.changeRequest.intro",
				DisplayFormats.dateTime(request.requestedAt(), getLocale())));
		Paragraph message = new Paragraph(request.message());
		message.addClassNames("user-text", "change-request__message");
		content.add(new H2(getTranslation("propose.changeRequest.title")), intro, message,
				new Paragraph(getTranslation("propose.changeRequest.after")));
		setVisible(true);
	}

}
