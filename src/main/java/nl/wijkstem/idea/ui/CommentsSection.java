package nl.wijkstem.idea.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.CommentView;

/**
 * The conversation under an idea: comments oldest first with their replies, a form to
 * react, and per comment the actions the viewer may take.
 */
class CommentsSection extends Composite<Section> {

	private final CommentService comments;

	private final Long ideaId;

	private final boolean signedIn;

	private final boolean open;

	/** Each comment's item as last drawn, to put the focus on after a change. */
	private final Map<Long, ListItem> items = new HashMap<>();

	/**
	 * The one reply or edit form that is open, if any, with the button that opened it.
	 */
	private OpenForm openForm;

	private H2 heading;

	/**
	 * @param open whether the idea still takes new comments (a realised or duplicate idea
	 * keeps its conversation, closed)
	 */
	CommentsSection(CommentService comments, Long ideaId, boolean signedIn, boolean open) {
		this.comments = comments;
		this.ideaId = ideaId;
		this.signedIn = signedIn;
		this.open = open;
		getContent().addClassName("comments");
		refresh();
	}

	private void refresh() {
		Section section = getContent();
		section.removeAll();
		items.clear();
		openForm = null;
		List<CommentView> all = comments.comments(ideaId);
		heading = new H2(getTranslation("comments.title", count(all)));
		section.add(heading);
		if (all.isEmpty()) {
			section.add(new Paragraph(getTranslation("comments.none")));
		}
		else {
			section.add(list(all, true));
		}
		if (!open) {
			section.add(new Paragraph(getTranslation("comments.closed")));
		}
		else if (signedIn) {
			section.add(form(null, getTranslation("comments.new"), getTranslation("comments.place")));
		}
		else {
			section.add(new Paragraph(new RouterLink(getTranslation("comments.signIn"), SignInToTakePart.class,
					SignInToTakePart.of(ideaId))));
		}
	}

	/**
	 * Draws the conversation afresh with the focus on the comment just placed, changed or
	 * deleted (its placeholder stays), or on the heading when it is gone.
	 */
	private void refreshAndFocus(Long commentId) {
		refresh();
		ListItem changed = items.get(commentId);
		Focus.on(changed != null ? changed : heading);
	}

	/** What can be read: placeholders of deleted or hidden comments do not count. */
	static long count(List<CommentView> all) {
		return all.stream()
			.mapToLong(comment -> (readable(comment) ? 1 : 0)
					+ comment.replies().stream().filter(CommentsSection::readable).count())
			.sum();
	}

	private static boolean readable(CommentView comment) {
		return !comment.deleted() && !comment.hidden();
	}

	private UnorderedList list(List<CommentView> items, boolean topLevel) {
		UnorderedList list = new UnorderedList();
		list.addClassName(topLevel ? "comment-list" : "reply-list");
		items.forEach(comment -> list.add(item(comment, topLevel)));
		return list;
	}

	private ListItem item(CommentView comment, boolean topLevel) {
		ListItem item = new ListItem();
		item.addClassName("comment");
		items.put(comment.id(), item);
		String author = comment.authorName().isBlank() ? getTranslation("idea.page.unknownAuthor")
				: comment.authorName();
		Paragraph meta = new Paragraph(new Span(author),
				new Span(" · " + DisplayFormats.dateTime(comment.createdAt(), getLocale())
						+ (comment.edited() ? " · " + getTranslation("comments.edited") : "")));
		meta.addClassName("comment__meta");
		item.add(meta);
		if (comment.deleted()) {
			Paragraph gone = new Paragraph(getTranslation("comments.deleted"));
			gone.addClassName("comment__deleted");
			item.add(gone);
		}
		else {
			if (comment.hidden()) {
				Paragraph hidden = new Paragraph(getTranslation("comments.hidden"));
				hidden.addClassName("comment__deleted");
				item.add(hidden);
			}
			if (!comment.body().isEmpty()) {
				item.add(WrittenLanguage.mark(new TextWithLinks(comment.body()), comment.language(), getLocale()));
			}
			if (!comment.hiddenReason().isEmpty()) {
				Paragraph reason = new Paragraph(getTranslation("comments.hidden.reason", comment.hiddenReason()));
				reason.addClassName("notice");
				item.add(reason);
			}
		}
		Div actions = new Div();
		actions.addClassName("comment__actions");
		if (open && signedIn && topLevel && !comment.deleted()) {
			actions.add(action("comments.reply",
					opener -> openOnce(item, new FormKey(comment.id(), "comment-form--reply"), opener,
							() -> form(comment.id(), getTranslation("comments.reply.label"),
									getTranslation("comments.reply.place")))));
		}
		if (comment.editable()) {
			actions.add(action("comments.edit", opener -> openOnce(item,
					new FormKey(comment.id(), "comment-form--edit"), opener, () -> editForm(comment))));
		}
		if (comment.deletable()) {
			actions.add(action("comments.delete", opener -> confirmDeletion(comment)));
		}
		if (signedIn && !comment.mine() && !comment.deleted() && !comment.hidden()) {
			actions.add(action("report.comment", opener -> new ReportDialog(comments, ideaId, comment.id()).open()));
		}
		item.add(actions);
		if (!comment.replies().isEmpty()) {
			item.add(list(comment.replies(), false));
		}
		return item;
	}

	/** A button for one of a comment's actions; the action is given the button. */
	private Button action(String key, Consumer<Button> onClick) {
		Button button = new Button(getTranslation(key));
		button.addClickListener(click -> onClick.accept(button));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		return button;
	}

	/**
	 * Opens a form under the comment with the focus in it. One reply or edit form at a
	 * time: a second click on the same button moves the focus into the open form, a click
	 * on another comment's (or the other action's) button closes it first, unless text
	 * was typed in it: then the keyboard goes back there with a word why.
	 */
	private void openOnce(ListItem item, FormKey key, Button opener, Supplier<Div> newForm) {
		if (openForm != null && !openForm.key().equals(key) && openForm.unfinished()) {
			// what the person typed there is not thrown away for another form
			openForm.text().setHelperText(getTranslation("comments.unfinished"));
			openForm.text().focus();
			return;
		}
		if (openForm == null || !openForm.key().equals(key)) {
			if (openForm != null) {
				openForm.form().removeFromParent();
			}
			Div created = newForm.get();
			created.addClassName(key.kind());
			item.addComponentAtIndex(formPosition(item), created);
			TextArea text = created.getChildren()
				.filter(TextArea.class::isInstance)
				.map(TextArea.class::cast)
				.findFirst()
				.orElseThrow();
			openForm = new OpenForm(key, created, opener, text, text.getValue());
		}
		openForm.text().focus();
	}

	/** Closes the open reply or edit form; the keyboard goes back to its button. */
	private void closeForm() {
		if (openForm != null) {
			openForm.form().removeFromParent();
			Focus.on(openForm.opener());
			openForm = null;
		}
	}

	/** Right under the comment's actions, above its replies. */
	private static int formPosition(ListItem item) {
		List<com.vaadin.flow.component.Component> children = item.getChildren().toList();
		for (int i = 0; i < children.size(); i++) {
			if (children.get(i).hasClassName("comment__actions")) {
				return i + 1;
			}
		}
		return children.size();
	}

	/** Asks before deleting; the deleted comment's placeholder then has the focus. */
	private void confirmDeletion(CommentView comment) {
		Confirmation question = new Confirmation(getTranslation("comments.delete.confirm.title"),
				getTranslation("comments.delete.confirm.text"), getTranslation("comments.delete.confirm.ok"),
				getTranslation("comments.delete.confirm.cancel"),
				() -> run(() -> comments.delete(comment.id()), comment.id()))
			.destructive();
		question.addClassName("comment-delete-dialog");
		question.open();
	}

	private Button cancel() {
		Button cancel = new Button(getTranslation("comments.cancel"), click -> closeForm());
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return cancel;
	}

	private Div form(Long replyTo, String label, String buttonText) {
		TextArea text = new TextArea(label);
		text.setMaxLength(2000);
		text.setWidthFull();
		Button place = new Button(buttonText);
		place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		place.setDisableOnClick(true);
		place.addClickListener(click -> {
			try {
				refreshAndFocus(comments.comment(ideaId, replyTo, text.getValue()));
			}
			catch (Rejection rejected) {
				text.setErrorMessage(RejectionMessages.text(this, rejected));
				text.setInvalid(true);
				place.setEnabled(true);
			}
		});
		Div buttons = new Div(place);
		buttons.addClassName("comment-form__buttons");
		Div form = new Div(text, buttons);
		form.addClassName("comment-form");
		if (replyTo != null) {
			buttons.add(cancel());
		}
		return form;
	}

	private Div editForm(CommentView comment) {
		TextArea text = new TextArea(getTranslation("comments.edit.label"));
		text.setValue(comment.body());
		text.setMaxLength(2000);
		text.setWidthFull();
		Button save = new Button(getTranslation("comments.edit.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(click -> {
			try {
				comments.edit(comment.id(), text.getValue());
				refreshAndFocus(comment.id());
			}
			catch (Rejection rejected) {
				text.setErrorMessage(RejectionMessages.text(this, rejected));
				text.setInvalid(true);
			}
		});
		Div buttons = new Div(save);
		buttons.addClassName("comment-form__buttons");
		Div form = new Div(text, buttons);
		buttons.add(cancel());
		form.addClassName("comment-form");
		return form;
	}

	private void run(Runnable change, Long commentId) {
		try {
			change.run();
			refreshAndFocus(commentId);
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
	}

	private record FormKey(Long commentId, String kind) {
	}

	private record OpenForm(FormKey key, Div form, Button opener, TextArea text, String original) {

		boolean unfinished() {
			return !text.getValue().strip().equals(original.strip());
		}

	}

}
