package nl.wijkstem.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionItem.OptionItem;
import nl.wijkstem.consultation.QuestionKind;

/**
 * One option out of several: a single-choice question, or yes / no / no opinion on a
 * proposal, whose statement is the question's text.
 */
class ChoiceBlock extends QuestionBlock {

	private final RadioButtonGroup<OptionItem> choice = new RadioButtonGroup<>();

	ChoiceBlock(QuestionItem question) {
		super(question);
		choice.setItems(question.options());
		choice.setItemLabelGenerator(OptionItem::label);
		choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		if (question.kind() == QuestionKind.PROPOSAL) {
			// the statement stands out as what is proposed; the field asks for the view
			// on it
			Paragraph statement = new Paragraph(question.text());
			statement.addClassName("question__proposal");
			getContent().add(statement);
			choice.setLabel(question.required() ? getTranslation("consultation.proposal.ask.required")
					: getTranslation("consultation.proposal.ask"));
			choice.setAriaLabel(getTranslation("consultation.proposal.ask.named", label()));
		}
		else {
			choice.setLabel(label());
		}
		choice.setHelperText(help());
		choice.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				changed();
			}
		});
		getContent().add(choice);
	}

	@Override
	AnswerInput answer() {
		OptionItem chosen = choice.getValue();
		return chosen == null ? empty() : new AnswerInput(question.id(), List.of(chosen.id()), null, null, null);
	}

	@Override
	void fill(AnswerInput answer) {
		question.options()
			.stream()
			.filter(option -> answer.optionIds().contains(option.id()))
			.findFirst()
			.ifPresent(choice::setValue);
	}

	@Override
	void clear() {
		choice.clear();
	}

	@Override
	void showProblem(String message) {
		choice.setErrorMessage(message);
		choice.setInvalid(true);
	}

	@Override
	void clearProblem() {
		choice.setInvalid(false);
	}

	@Override
	boolean showsProblem() {
		return choice.isInvalid();
	}

	@Override
	void focusField() {
		choice.getElement()
			.executeJs("(this.querySelector('vaadin-radio-button[checked]') || "
					+ "this.querySelector('vaadin-radio-button')).focus()");
	}

}
