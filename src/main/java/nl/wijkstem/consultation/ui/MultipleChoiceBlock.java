package nl.wijkstem.consultation.ui;

import java.util.stream.Collectors;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionItem.OptionItem;

/**
 * Some of the options, at most the maximum when there is one: said in the help text, and
 * told as a problem when more are chosen (the service refuses it too).
 */
class MultipleChoiceBlock extends QuestionBlock {

	private final CheckboxGroup<OptionItem> choices = new CheckboxGroup<>();

	MultipleChoiceBlock(QuestionItem question) {
		super(question);
		choices.setItems(question.options());
		choices.setItemLabelGenerator(OptionItem::label);
		choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		choices.setLabel(label());
		String help = help();
		if (question.maxChoices() != null) {
			String most = getTranslation("consultation.multiple.atMost", question.maxChoices());
			help = help == null ? most : help + " " + most;
		}
		choices.setHelperText(help);
		choices.addValueChangeListener(change -> {
			if (!change.isFromClient()) {
				return;
			}
			if (question.maxChoices() != null && change.getValue().size() > question.maxChoices()) {
				showProblem(getTranslation("consultation.multiple.tooMany", question.maxChoices()));
			}
			else {
				clearProblem();
			}
			changed();
		});
		getContent().add(choices);
	}

	@Override
	AnswerInput answer() {
		Set<OptionItem> chosen = choices.getValue();
		// in the options' order, whatever the order of clicking
		return chosen.isEmpty() ? empty() : new AnswerInput(question.id(),
				question.options().stream().filter(chosen::contains).map(OptionItem::id).toList(), null, null, null);
	}

	@Override
	void fill(AnswerInput answer) {
		choices.setValue(question.options()
			.stream()
			.filter(option -> answer.optionIds().contains(option.id()))
			.collect(Collectors.toSet()));
	}

	@Override
	void clear() {
		choices.clear();
	}

	@Override
	void showProblem(String message) {
		choices.setErrorMessage(message);
		choices.setInvalid(true);
	}

	@Override
	void clearProblem() {
		choices.setInvalid(false);
	}

	@Override
	boolean showsProblem() {
		return choices.isInvalid();
	}

	@Override
	void focusField() {
		choices.getElement().executeJs("this.querySelector('vaadin-checkbox').focus()");
	}

}
