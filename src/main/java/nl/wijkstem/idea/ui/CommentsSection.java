package nl.wijkstem.idea.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.ui.LoginView;
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
		List<CommentView> all = comments.comments(ideaId);
		section.add(new H2(getTranslation("comments.title", count(all))));
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
			section.add(new Paragraph(new RouterLink(getTranslation("comments.signIn"), LoginView.class)));
		}
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
			actions.add(action("comments.reply", () -> openOnce(item, "comment-form--reply", () -> form(comment.id(),
					getTranslation("comments.reply.label"), getTranslation("comments.reply.place")))));
		}
		if (comment.editable()) {
			actions.add(action("comments.edit", () -> openOnce(item, "comment-form--edit", () -> editForm(comment))));
		}
		if (comment.deletable()) {
			actions.add(action("comments.delete", () -> confirmDeletion(comment)));
		}
		if (signedIn && !comment.mine() && !comment.deleted() && !comment.hidden()) {
			actions.add(action("report.comment", () -> new ReportDialog(comments, ideaId, comment.id()).open()));
		}
		item.add(actions);
		if (!comment.replies().isEmpty()) {
			item.add(list(comment.replies(), false));
		}
		return item;
	}

	private Button action(String key, Runnable onClick) {
		Button button = new Button(getTranslation(key), click -> onClick.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		return button;
	}

	/**
	 * Opens a form under the comment, or, when it is open already, moves the focus into
	 * it: a second click never makes a second form.
	 */
	private void openOnce(ListItem item, String kind, Supplier<Div> newForm) {
		Optional<Div> open = item.getChildren()
			.filter(child -> child instanceof Div div && div.hasClassName(kind))
			.map(Div.class::cast)
			.findFirst();
		Div form = open.orElseGet(() -> {
			Div created = newForm.get();
			created.addClassName(kind);
			item.addComponentAtIndex(formPosition(item), created);
			return created;
		});
		form.getChildren()
			.filter(TextArea.class::isInstance)
			.map(TextArea.class::cast)
			.findFirst()
			.ifPresent(TextArea::focus);
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

	/**
	 * Asks before deleting. A dialog of Wijkstem's own buttons, as the address dialogs:
	 * the confirm dialog's text-only cancel button fails axe's contrast check over the
	 * page's curtain.
	 */
	private void confirmDeletion(CommentView comment) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("comments.delete.confirm.title"));
		dialog.add(new Paragraph(getTranslation("comments.delete.confirm.text")));
		Button keep = new Button(getTranslation("comments.delete.confirm.cancel"), click -> dialog.close());
		Button delete = new Button(getTranslation("comments.delete.confirm.ok"), click -> {
			dialog.close();
			run(() -> comments.delete(comment.id()));
		});
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(keep, delete);
		dialog.addClassName("comment-delete-dialog");
		dialog.open();
	}

	private Button cancel(Div form) {
		Button cancel = new Button(getTranslation("comments.cancel"), click -> form.removeFromParent());
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
				comments.comment(ideaId, replyTo, text.getValue());
				refresh();
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
			buttons.add(cancel(form));
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
				refresh();
			}
			catch (Rejection rejected) {
				text.setErrorMessage(RejectionMessages.text(this, rejected));
				text.setInvalid(true);
			}
		});
		Div buttons = new Div(save);
		buttons.addClassName("comment-form__buttons");
		Div form = new Div(text, buttons);
		buttons.add(cancel(form));
		form.addClassName("comment-form");
		return form;
	}

	private void run(Runnable change) {
		try {
			change.run();
			refresh();
		}
		catch (Rejection rejected) {
			RejectionMessages.show(this, rejected);
		}
	}

}
