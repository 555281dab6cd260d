package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.AnswerLimits;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionKind;

/**
 * A line or several lines of text, with a counter of the characters left that follows the
 * typing (a few times a second, not on every key).
 */
class TextBlock extends QuestionBlock {

	static final int SHORT_MAX = AnswerLimits.SHORT_TEXT_MAX;

	static final int LONG_MAX = AnswerLimits.LONG_TEXT_MAX;

	private final TextFieldBase<?, String> field;

	private final int max;

	private final Span counter = new Span();

	TextBlock(QuestionItem question) {
		super(question);
		if (question.kind() == QuestionKind.LONG_TEXT) {
			TextArea area = new TextArea();
			area.setMinRows(4);
			field = area;
			max = LONG_MAX;
		}
		else {
			field = new TextField();
			max = SHORT_MAX;
		}
		field.setLabel(label());
		field.setWidthFull();
		setMaxLength();
		counter.addClassName("question__counter");
		String help = help();
		Div helper = new Div();
		if (help != null) {
			helper.add(new Span(help + " "));
		}
		helper.add(counter);
		field.setHelperComponent(helper);
		count("");
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.setValueChangeTimeout(600);
		field.addValueChangeListener(change -> {
			count(change.getValue());
			if (change.isFromClient()) {
				changed();
			}
		});
		getContent().add(field);
	}

	private void setMaxLength() {
		if (field instanceof TextArea area) {
			area.setMaxLength(LONG_MAX);
		}
		else if (field instanceof TextField line) {
			line.setMaxLength(SHORT_MAX);
		}
	}

	private void count(String value) {
		counter.setText(getTranslation("consultation.text.counter", value == null ? 0 : value.length(), max));
	}

	@Override
	AnswerInput answer() {
		String text = field.getValue();
		return text == null || text.isBlank() ? empty() : new AnswerInput(question.id(), null, null, text, null);
	}

	@Override
	void fill(AnswerInput answer) {
		if (answer.text() != null) {
			field.setValue(answer.text());
		}
	}

	@Override
	void clear() {
		field.clear();
	}

	@Override
	void showProblem(String message) {
		((HasValidation) field).setErrorMessage(message);
		((HasValidation) field).setInvalid(true);
	}

	@Override
	void clearProblem() {
		((HasValidation) field).setInvalid(false);
	}

	@Override
	boolean showsProblem() {
		return ((HasValidation) field).isInvalid();
	}

	@Override
	void focusField() {
		field.focus();
	}

}
