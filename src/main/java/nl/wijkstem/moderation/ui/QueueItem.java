package nl.wijkstem.moderation.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.QueueCard;
import nl.wijkstem.idea.ReportReason;

/**
 * One card of the moderators' queue: what it is and where, who wrote it (as the public
 * pages name them), since when it waits, and why residents reported it. Everything the
 * residents wrote is shown as text.
 */
class QueueItem extends Composite<ListItem> {

	private final QueueCard card;

	private final Paragraph claim = new Paragraph();

	/**
	 * @param select called with the new choice when the moderator (un)selects the card
	 * for a bulk action; {@code null} when the list has no bulk actions
	 */
	QueueItem(QueueCard card, QueueTab tab, Instant now, boolean selected, Consumer<Boolean> select) {
		this.card = card;
		ListItem item = getContent();
		item.addClassNames("card", "queue-card");
		item.add(new H2(ModerationItemView.link(
				card.commentId() == null ? card.title() : getTranslation("moderation.queue.commentOn", card.title()),
				card.ideaId(), tab)), meta());
		String author = card.authorName().isBlank() ? getTranslation("idea.page.unknownAuthor") : card.authorName();
		if (card.commentId() == null) {
			item.add(line("queue-card__author", getTranslation("moderation.queue.author", author)));
			Paragraph excerpt = new Paragraph(card.excerpt());
			excerpt.addClassName("user-text");
			item.add(excerpt);
		}
		else {
			item.add(line("queue-card__author", getTranslation("moderation.queue.commentBy", author)));
			Paragraph comment = new Paragraph(card.commentExcerpt());
			comment.addClassNames("user-text", "queue-card__comment");
			item.add(comment);
		}
		if (card.submittedAt() != null) {
			item.add(line("queue-card__when",
					getTranslation(card.commentId() == null ? "moderation.queue.submitted" : "moderation.queue.written",
							WaitingTime.dateAndAge(this, getLocale(), card.submittedAt(), now))));
		}
		if (card.reports() > 0) {
			item.add(line("queue-card__reports", getTranslation("moderation.queue.reports", card.reports(),
					reasons(card.reasons()), WaitingTime.dateAndAge(this, getLocale(), card.waitingSince(), now))));
		}
		if (card.duplicateOf() != null) {
			item.add(new Paragraph(new Span(getTranslation("moderation.queue.duplicateOf") + " "),
					link(card.duplicateOf().title(), card.duplicateOf().id())));
		}
		if (card.hidden()) {
			item.add(line("notice", getTranslation("moderation.reports.hiddenNow")));
		}
		claim.addClassName("queue-card__claim");
		claim.setVisible(false);
		item.add(claim);
		if (select != null) {
			Checkbox box = new Checkbox(getTranslation("moderation.select", card.title()));
			box.addClassName("select-idea");
			box.setValue(selected);
			box.addValueChangeListener(change -> select.accept(change.getValue()));
			item.add(box);
		}
	}

	QueueCard card() {
		return card;
	}

	/** Says who works on this item now; empty: nobody. */
	void showClaim(String text) {
		claim.setText(text);
		claim.setVisible(!text.isEmpty());
	}

	private Paragraph meta() {
		List<String> parts = new ArrayList<>();
		parts.add(getTranslation("idea.status." + card.status()));
		parts.add(getTranslation("idea.place." + card.placeKind()));
		if (!card.locationText().isBlank()) {
			parts.add(card.locationText());
		}
		if (!card.themeName().isBlank()) {
			parts.add(card.themeName());
		}
		if (!card.goalName().isBlank()) {
			parts.add(card.goalName());
		}
		parts.add(getTranslation("moderation.queue.languageIs",
				getTranslation("moderation.queue.language." + card.language())));
		Paragraph meta = new Paragraph(String.join(" · ", parts));
		meta.addClassName("idea-card__meta");
		return meta;
	}

	private String reasons(Map<ReportReason, Long> reasons) {
		return reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<ReportReason, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.map(reason -> getTranslation("moderation.queue.reason", getTranslation("report.reason." + reason.getKey()),
					reason.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static Paragraph line(String className, String text) {
		Paragraph line = new Paragraph(text);
		line.addClassName(className);
		return line;
	}

	private static RouterLink link(String text, Long ideaId) {
		return new RouterLink(text, ModerationItemView.class,
				new RouteParameters(ModerationItemView.ID_PARAMETER, ideaId.toString()));
	}

}
