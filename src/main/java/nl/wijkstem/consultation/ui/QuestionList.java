package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.Confirmation;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.consultation.ConsultationAdminService;
import nl.wijkstem.consultation.EditableConsultation;
import nl.wijkstem.consultation.EditableConsultation.EditableQuestion;
import nl.wijkstem.consultation.QuestionKind;

/**
 * A consultation's questions in order, each with its kind and what it depends on, and the
 * buttons to change, move and remove it; a button adds one at the end. A refusal is shown
 * at the question it concerns.
 */
class QuestionList extends Composite<Div> {

	private final ConsultationAdminService consultations;

	private final Runnable changed;

	private EditableConsultation consultation;

	QuestionList(ConsultationAdminService consultations, Runnable changed) {
		this.consultations = consultations;
		this.changed = changed;
		getContent().addClassName("question-list");
	}

	void show(EditableConsultation shown) {
		consultation = shown;
		Div content = getContent();
		content.removeAll();
		List<EditableQuestion> questions = shown.questions();
		if (questions.isEmpty()) {
			content.add(new Paragraph(getTranslation("consultation.admin.noQuestions")));
		}
		OrderedList list = new OrderedList();
		list.addClassName("card-list");
		for (int i = 0; i < questions.size(); i++) {
			list.add(item(questions, i));
		}
		content.add(list);
		if (!shown.answered()) {
			Button add = new Button(getTranslation("consultation.admin.addQuestion"), click -> open(null));
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add.addClassName("question-list__add");
			content.add(add);
		}
	}

	private ListItem item(List<EditableQuestion> questions, int index) {
		EditableQuestion question = questions.get(index);
		String text = question.form().textNl();
		ListItem item = new ListItem();
		item.addClassNames("card", "question-list__item");
		item.setId("question-" + question.id());
		item.add(new H3((index + 1) + ". " + text));
		List<String> facts = new ArrayList<>();
		facts.add(getTranslation("consultation.admin.kind." + question.kind()));
		if (question.kind().isAnswerable()) {
			facts.add(getTranslation(question.form().required() ? "consultation.admin.question.isRequired"
					: "consultation.admin.question.isOptional"));
		}
		if (question.imageId() != null) {
			facts.add(getTranslation("consultation.admin.question.hasImage"));
		}
		Paragraph about = new Paragraph(String.join(" · ", facts));
		about.addClassName("question-list__facts");
		item.add(about);
		if (!question.form().options().isEmpty()) {
			item.add(new Paragraph(getTranslation("consultation.admin.question.optionsAre",
					String.join(", ", question.form().options().stream().map(option -> option.nl()).toList()))));
		}
		if (question.form().conditionOptionId() != null) {
			item.add(new Paragraph(conditionText(questions, question)));
		}
		FieldProblem problem = new FieldProblem();
		Div actions = new Div();
		actions.addClassName("question-list__actions");
		boolean frozen = consultation.answered();
		Button edit = new Button(
				getTranslation(frozen ? "consultation.admin.question.correct" : "consultation.admin.question.edit"),
				click -> open(question));
		edit.setAriaLabel(getTranslation(
				frozen ? "consultation.admin.question.correctNamed" : "consultation.admin.question.editNamed",
				index + 1));
		actions.add(edit);
		if (!frozen) {
			Button up = new Button(getTranslation("consultation.admin.question.up"),
					click -> act(() -> consultations.moveQuestion(question.id(), -1), problem));
			up.setAriaLabel(getTranslation("consultation.admin.question.upNamed", index + 1));
			up.setEnabled(index > 0);
			Button down = new Button(getTranslation("consultation.admin.question.down"),
					click -> act(() -> consultations.moveQuestion(question.id(), 1), problem));
			down.setAriaLabel(getTranslation("consultation.admin.question.downNamed", index + 1));
			down.setEnabled(index < questions.size() - 1);
			Button remove = new Button(getTranslation("consultation.admin.question.remove"),
					click -> new Confirmation(getTranslation("consultation.admin.question.removeTitle"),
							getTranslation("consultation.admin.question.removeText", text),
							getTranslation("consultation.admin.question.remove"),
							getTranslation("consultation.admin.cancel"),
							() -> act(() -> consultations.removeQuestion(question.id()), problem))
						.destructive()
						.open());
			remove.setAriaLabel(getTranslation("consultation.admin.question.removeNamed", index + 1));
			remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(up, down, remove);
		}
		actions.getChildren()
			.map(Button.class::cast)
			.forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL));
		item.add(problem, actions);
		return item;
	}

	private String conditionText(List<EditableQuestion> questions, EditableQuestion question) {
		for (int i = 0; i < questions.size(); i++) {
			EditableQuestion source = questions.get(i);
			int at = source.optionIds().indexOf(question.form().conditionOptionId());
			if (at >= 0) {
				return getTranslation("consultation.admin.question.shownWhen", i + 1,
						source.form().options().get(at).nl());
			}
		}
		return getTranslation("consultation.admin.question.shownWhenGone");
	}

	private void act(Runnable action, FieldProblem problem) {
		problem.setInvalid(false);
		try {
			action.run();
			changed.run();
		}
		catch (Rejection rejected) {
			problem.setErrorMessage(RejectionMessages.text(this, rejected));
			problem.setInvalid(true);
		}
	}

	/** The dialog to add a question ({@code null}) or change one. */
	private void open(EditableQuestion question) {
		QuestionDialog dialog = new QuestionDialog(question, consultation.answered(), conditions(question), form -> {
			if (question == null) {
				consultations.addQuestion(consultation.id(), form);
			}
			else {
				consultations.updateQuestion(question.id(), form);
			}
			changed.run();
		}, (bytes, altNl, altEn) -> {
			consultations.showImage(question.id(), bytes, altNl, altEn);
			changed.run();
		}, () -> {
			consultations.removeImage(question.id());
			changed.run();
		});
		dialog.open();
	}

	/**
	 * The options a question can depend on: those of earlier single choice, multiple
	 * choice and proposal questions that do not depend on anything themselves.
	 */
	private List<QuestionDialog.ConditionChoice> conditions(EditableQuestion editing) {
		List<QuestionDialog.ConditionChoice> choices = new ArrayList<>();
		List<EditableQuestion> questions = consultation.questions();
		for (int i = 0; i < questions.size(); i++) {
			EditableQuestion source = questions.get(i);
			if (editing != null && source.position() >= editing.position()) {
				break;
			}
			if (!source.kind().canBeCondition() || source.form().conditionOptionId() != null
					|| source.kind() == QuestionKind.SECTION) {
				continue;
			}
			for (int o = 0; o < source.optionIds().size(); o++) {
				choices.add(new QuestionDialog.ConditionChoice(source.optionIds().get(o),
						getTranslation("consultation.admin.question.conditionChoice", i + 1, source.form().textNl(),
								source.form().options().get(o).nl())));
			}
		}
		return choices;
	}

}
