package nl.wijkstem.consultation.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;

/**
 * A number from 1 to 5 or 10 as radio buttons in a row, the labels of both ends part of
 * the first and last button's name, so a screen reader says what 1 and 10 mean.
 */
class ScaleBlock extends QuestionBlock {

	private final RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();

	ScaleBlock(QuestionItem question) {
		super(question);
		int max = question.scaleMax() == null ? 5 : question.scaleMax();
		scale.setItems(IntStream.rangeClosed(1, max).boxed().toList());
		scale.setItemLabelGenerator(value -> {
			if (value == 1 && question.lowLabel() != null && !question.lowLabel().isBlank()) {
				return getTranslation("consultation.scale.end", value, question.lowLabel());
			}
			if (value == max && question.highLabel() != null && !question.highLabel().isBlank()) {
				return getTranslation("consultation.scale.end", value, question.highLabel());
			}
			return String.valueOf(value);
		});
		scale.addClassName("question__scale");
		scale.setLabel(label());
		String help = help();
		String range = getTranslation("consultation.scale.help", max);
		scale.setHelperText(help == null ? range : help + " " + range);
		scale.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				changed();
			}
		});
		getContent().add(scale);
	}

	@Override
	AnswerInput answer() {
		Integer value = scale.getValue();
		return value == null ? empty() : new AnswerInput(question.id(), List.of(), value, null, null);
	}

	@Override
	void fill(AnswerInput answer) {
		if (answer.number() != null) {
			scale.setValue(answer.number());
		}
	}

	@Override
	void clear() {
		scale.clear();
	}

	@Override
	void showProblem(String message) {
		scale.setErrorMessage(message);
		scale.setInvalid(true);
	}

	@Override
	void clearProblem() {
		scale.setInvalid(false);
	}

	@Override
	boolean showsProblem() {
		return scale.isInvalid();
	}

	@Override
	void focusField() {
		scale.getElement()
			.executeJs("(this.querySelector('vaadin-radio-button[checked]') || "
					+ "this.querySelector('vaadin-radio-button')).focus()");
	}

}
