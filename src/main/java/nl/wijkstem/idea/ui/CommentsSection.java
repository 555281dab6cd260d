package nl.wijkstem.idea.ui;

import java.util.List;

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
import nl.wijkstem.base.ui.RejectionMessages;
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

	private static long count(List<CommentView> all) {
		return all.stream().mapToLong(comment -> 1 + comment.replies().size()).sum();
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
				item.add(new TextWithLinks(comment.body()));
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
			actions.add(action("comments.reply", () -> item.add(form(comment.id(),
					getTranslation("comments.reply.label"), getTranslation("comments.reply.place")))));
		}
		if (comment.editable()) {
			actions.add(action("comments.edit", () -> item.add(editForm(comment))));
		}
		if (comment.deletable()) {
			actions.add(action("comments.delete", () -> run(() -> comments.delete(comment.id()))));
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
		Div form = new Div(text, place);
		form.addClassName("comment-form");
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
		Div form = new Div(text, save);
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
