package nl.wijkstem.consultation.ui;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;

/**
 * One question of the questionnaire with the field its kind asks for. The question's text
 * is the field's name, "(verplicht)" is written out (not only a colour or a star), and
 * the help text and the problem with the answer are tied to the field.
 */
abstract class QuestionBlock extends Composite<Div> {

	final QuestionItem question;

	private final List<Runnable> changeListeners = new ArrayList<>();

	QuestionBlock(QuestionItem question) {
		this.question = question;
		Div content = getContent();
		content.addClassName("question");
		content.addClassName("question--" + question.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		content.setId(fieldName(question.id()));
		if (question.imageId() != null) {
			Image image = new Image(QuestionImages.url(question.imageId()),
					question.imageAlt() == null ? "" : question.imageAlt());
			image.addClassName("question__image");
			content.add(image);
		}
	}

	/** The field name the service's problems use for this question. */
	static String fieldName(Long questionId) {
		return "question-" + questionId;
	}

	/** The question as the field's name, with "(verplicht)" written out when it is. */
	String label() {
		return question.required() ? getTranslation("consultation.question.required", question.text())
				: question.text();
	}

	/** The help text, or {@code null}. */
	String help() {
		return question.help() == null || question.help().isBlank() ? null : question.help();
	}

	/** A help text as a paragraph of its own, for blocks that are not a single field. */
	Paragraph helpParagraph(String id) {
		Paragraph help = new Paragraph(help());
		help.setId(id);
		help.addClassName("question__help");
		return help;
	}

	/** What the resident filled in; empty when nothing. */
	abstract AnswerInput answer();

	/** Puts an answer given before (a draft or a stored answer) in the field. */
	abstract void fill(AnswerInput answer);

	/** Empties the field, as for a question that is no longer shown. */
	abstract void clear();

	abstract void showProblem(String message);

	abstract void clearProblem();

	/** Whether a problem is shown at this question. */
	abstract boolean showsProblem();

	/** Puts the keyboard in the field, as after a refused submission. */
	abstract void focusField();

	/** The options chosen, for the questions that depend on them. */
	Set<Long> chosenOptions() {
		return new LinkedHashSet<>(answer().optionIds());
	}

	void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/** Tells the questionnaire the resident changed this answer. */
	void changed() {
		changeListeners.forEach(Runnable::run);
	}

	AnswerInput empty() {
		return new AnswerInput(question.id(), List.of(), null, null, List.of());
	}

}
