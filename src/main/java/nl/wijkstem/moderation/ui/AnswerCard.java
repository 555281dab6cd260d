package nl.wijkstem.moderation.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.AnswerReviewService;
import nl.wijkstem.consultation.AnswerToReview;
import nl.wijkstem.consultation.IdeaFromAnswer;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.ui.IdeaFields;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * One consultation answer in the moderators' queue: the question, the answer and its
 * place, and the four things a moderator can do with it. Only one of the forms (redact,
 * hide, make an idea) is open at a time. The answer is residents' text: shown as text.
 */
class AnswerCard extends Composite<ListItem> {

	private final AnswerToReview answer;

	private final AnswerReviewService reviews;

	private final ProgrammeOverview programme;

	private final Runnable decided;

	private final Div form = new Div();

	AnswerCard(AnswerToReview answer, AnswerReviewService reviews, ProgrammeOverview programme, Runnable decided) {
		this.answer = answer;
		this.reviews = reviews;
		this.programme = programme;
		this.decided = decided;
		ListItem item = getContent();
		item.addClassNames("card", "queue-card", "answer-card");
		H2 title = new H2(answer.consultationTitle());
		title.addClassName("user-text");
		Paragraph question = new Paragraph(getTranslation("consultation.review.question", answer.question()));
		question.addClassName("user-text");
		item.add(title, question, meta());
		Paragraph text = new Paragraph(
				answer.text().isBlank() ? getTranslation("consultation.review.noText") : answer.text());
		text.addClassNames("user-text", "answer-card__text");
		item.add(text);
		if (answer.placeWords() != null && !answer.placeWords().isBlank()) {
			item.add(line("answer-card__place", getTranslation("consultation.review.placeWords", answer.placeWords())));
		}
		if (answer.hasPin()) {
			item.add(line("answer-card__place",
					getTranslation("consultation.review.pin", answer.latitude(), answer.longitude())));
		}
		if (answer.ideaId() != null) {
			item.add(new Paragraph(new Span(getTranslation("consultation.review.ideaMade") + " "),
					new RouterLink(getTranslation("consultation.review.ideaLink", answer.ideaId().toString()),
							ModerationItemView.class,
							new RouteParameters(ModerationItemView.ID_PARAMETER, answer.ideaId().toString()))));
		}
		item.add(actions(), form);
	}

	AnswerToReview answer() {
		return answer;
	}

	private Paragraph meta() {
		String parts = getTranslation("consultation.review.kind." + answer.kind()) + " · " + getTranslation(
				"consultation.review.received", DisplayFormats.dateTime(answer.answeredHour(), getLocale()));
		if (answer.collected()) {
			parts += " · " + getTranslation("consultation.review.collected");
		}
		Paragraph meta = new Paragraph(parts);
		meta.addClassName("idea-card__meta");
		return meta;
	}

	private Div actions() {
		Button show = new Button(getTranslation("consultation.review.show"),
				click -> decide(() -> reviews.show(answer.answerId(), answer.version()), "consultation.review.shown",
						Map.of()));
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button redact = new Button(getTranslation("consultation.review.redact"), click -> open(redactForm()));
		Button hide = new Button(getTranslation("consultation.review.hide"), click -> open(hideForm()));
		Div actions = new Div(show, redact, hide);
		if (answer.ideaId() == null) {
			actions.add(new Button(getTranslation("consultation.review.toIdea"), click -> open(ideaForm())));
		}
		actions.addClassName("answer-card__actions");
		actions.getElement().setAttribute("role", "group");
		actions.getElement().setAttribute("aria-label", getTranslation("consultation.review.actions"));
		return actions;
	}

	private Div redactForm() {
		TextArea shown = new TextArea(getTranslation("consultation.review.shownText"));
		shown.setHelperText(getTranslation("consultation.review.shownText.help"));
		shown.setValue(answer.text());
		shown.setMaxLength(4000);
		shown.setWidthFull();
		Button save = new Button(getTranslation("consultation.review.redact.save"),
				click -> decide(() -> reviews.showRedacted(answer.answerId(), answer.version(), shown.getValue()),
						"consultation.review.shown", Map.of("shownText", shown)));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return formWith(shown, save);
	}

	private Div hideForm() {
		TextField reason = new TextField(getTranslation("consultation.review.reason"));
		reason.setHelperText(getTranslation("consultation.review.reason.help"));
		reason.setMaxLength(2000);
		reason.setWidthFull();
		Button save = new Button(getTranslation("consultation.review.hide.save"),
				click -> decide(() -> reviews.hide(answer.answerId(), answer.version(), reason.getValue()),
						"consultation.review.hidden", Map.of("reason", reason)));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return formWith(reason, save);
	}

	private Div ideaForm() {
		TextField title = IdeaFields.title();
		title.setHelperText(getTranslation("propose.titleField.help"));
		TextArea description = IdeaFields.description();
		description.setHelperText(getTranslation("propose.description.help"));
		description.setValue(answer.text());
		Select<PlaceKind> place = IdeaFields.place();
		TextField location = IdeaFields.location();
		location.setValue(answer.placeWords() == null ? "" : answer.placeWords());
		Select<ProgrammeOverview.Category> goal = new Select<>();
		goal.setLabel(getTranslation("consultation.review.idea.goal"));
		goal.setItems(programme.goals());
		goal.setItemLabelGenerator(ProgrammeOverview.Category::name);
		TextField where = new TextField(getTranslation("moderation.collect.where"));
		where.setMaxLength(200);
		where.setValue(getTranslation("consultation.review.idea.where", answer.consultationTitle()));
		where.setWidthFull();
		Map<String, HasValidation> fields = Map.of("title", title, "description", description, "placeKind", place,
				"locationText", location, "goal", goal, "collectedAt", where);
		Button save = new Button(getTranslation("consultation.review.idea.save"),
				click -> decide(
						() -> reviews.turnIntoIdea(answer.answerId(), answer.version(),
								new IdeaFromAnswer(title.getValue(), description.getValue(), place.getValue(),
										location.getValue(), where.getValue(),
										goal.getValue() == null ? null : goal.getValue().id(), Set.of())),
						"consultation.review.idea.made", fields));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return formWith(title, description, place, location, goal, where, save);
	}

	private Div formWith(com.vaadin.flow.component.Component... parts) {
		Button cancel = new Button(getTranslation("consultation.review.cancel"), click -> form.removeAll());
		Div content = new Div(parts);
		content.add(cancel);
		content.addClassName("moderation-form");
		return content;
	}

	private void open(Div content) {
		form.removeAll();
		form.add(content);
	}

	private void decide(Runnable action, String doneKey, Map<String, HasValidation> fields) {
		fields.values().forEach(field -> field.setInvalid(false));
		try {
			action.run();
			Notification.show(getTranslation(doneKey));
			decided.run();
		}
		catch (Rejection rejected) {
			String general = RejectionMessages.showOnFields(this, rejected, fields::get);
			if (!general.isEmpty()) {
				Notification.show(general, 6000, Notification.Position.MIDDLE);
				if (rejected.problems()
					.stream()
					.anyMatch(problem -> problem.messageKey().equals("consultation.error.answerChanged"))) {
					decided.run();
				}
			}
		}
	}

	private static Paragraph line(String className, String text) {
		Paragraph line = new Paragraph(text);
		line.addClassName(className);
		return line;
	}

}
