package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.moderation.bureau.NoteService;
import nl.wijkstem.moderation.bureau.NoteView;

/**
 * The bureau's internal notes on an item: read them, add one, delete your own. Residents
 * never see them; what colleagues wrote is shown as text.
 */
public class InternalNotes extends Composite<Section> {

	private final NoteService notes;

	private final Long ideaId;

	private final Div list = new Div();

	private final TextArea text = new TextArea();

	private final H2 heading = new H2();

	public InternalNotes(NoteService notes, Long ideaId) {
		this.notes = notes;
		this.ideaId = ideaId;
		Section section = getContent();
		section.addClassName("internal-notes");
		Paragraph intro = new Paragraph(getTranslation("moderation.notes.intro"));
		intro.addClassName("internal-notes__intro");
		text.setLabel(getTranslation("moderation.notes.new"));
		text.setHelperText(getTranslation("moderation.notes.new.help"));
		text.setMaxLength(NoteService.MAX_LENGTH);
		text.addClassName("internal-notes__text");
		Button save = new Button(getTranslation("moderation.notes.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		heading.setText(getTranslation("moderation.notes.title"));
		section.add(heading, intro, list, text, save);
		showNotes();
	}

	private void showNotes() {
		list.removeAll();
		var found = notes.notes(ideaId);
		if (found.isEmpty()) {
			list.add(new Paragraph(getTranslation("moderation.notes.none")));
			return;
		}
		UnorderedList items = new UnorderedList();
		items.addClassName("internal-notes__list");
		found.forEach(note -> items.add(note(note)));
		list.add(items);
	}

	private ListItem note(NoteView note) {
		String author = note.authorName().isBlank() ? getTranslation("moderation.notes.formerColleague")
				: note.authorName();
		Paragraph meta = new Paragraph(getTranslation("moderation.notes.meta", author,
				DisplayFormats.dateTime(note.createdAt(), getLocale())));
		meta.addClassName("internal-notes__meta");
		ListItem item = new ListItem(meta);
		note.body().lines().forEach(line -> {
			Paragraph paragraph = new Paragraph(line);
			paragraph.addClassName("user-text");
			item.add(paragraph);
		});
		if (note.mine()) {
			Button delete = new Button(getTranslation("moderation.notes.delete"), click -> delete(note));
			delete.addThemeVariants(ButtonVariant.TERTIARY);
			delete.setAriaLabel(getTranslation("moderation.notes.delete.label",
					DisplayFormats.dateTime(note.createdAt(), getLocale())));
			item.add(delete);
		}
		item.addClassName("internal-notes__note");
		return item;
	}

	private void save() {
		try {
			notes.add(ideaId, text.getValue());
			text.clear();
			text.setInvalid(false);
			Notification.show(getTranslation("moderation.notes.saved"));
			showNotes();
		}
		catch (Rejection rejected) {
			text.setErrorMessage(getTranslation(rejected.messageKey(), rejected.arguments()));
			text.setInvalid(true);
		}
	}

	private void delete(NoteView note) {
		try {
			notes.delete(note.id());
			Notification.show(getTranslation("moderation.notes.deleted"));
		}
		catch (Rejection rejected) {
			Notification.show(getTranslation(rejected.messageKey()), 6000, Notification.Position.MIDDLE);
		}
		showNotes();
		// the note and its button are gone: the keyboard goes to the notes' heading
		Focus.on(heading);
	}

}
