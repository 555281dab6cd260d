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
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.ui.FieldProblem;
import nl.wijkstem.consultation.QuestionForm;

/**
 * The options of a choice or ranking question, each in Dutch and English, with a button
 * to add one and one to remove each. Once answers are in, only their labels can change.
 */
class OptionsEditor extends Composite<Div> {

	private final List<TextField[]> rows = new ArrayList<>();

	private final OrderedList list = new OrderedList();

	private final Button add = new Button();

	private final FieldProblem problem = new FieldProblem();

	private boolean frozen;

	OptionsEditor() {
		getContent().addClassName("options-editor");
		add.setText(getTranslation("consultation.admin.question.addOption"));
		add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add.addClickListener(click -> {
			addRow(new QuestionForm.OptionLabel("", ""));
			rows.getLast()[0].focus();
		});
		list.addClassName("options-editor__list");
		getContent().add(new H3(getTranslation("consultation.admin.question.options")), list, problem, add);
	}

	void fill(List<QuestionForm.OptionLabel> labels, boolean frozenNow) {
		frozen = frozenNow;
		rows.clear();
		list.removeAll();
		labels.forEach(this::addRow);
		if (!frozen) {
			while (rows.size() < 2) {
				addRow(new QuestionForm.OptionLabel("", ""));
			}
		}
		add.setVisible(!frozen);
	}

	List<QuestionForm.OptionLabel> read() {
		return rows.stream().map(row -> new QuestionForm.OptionLabel(row[0].getValue(), row[1].getValue())).toList();
	}

	FieldProblem problem() {
		return problem;
	}

	private void addRow(QuestionForm.OptionLabel label) {
		TextField nl = new TextField();
		TextField en = new TextField();
		nl.setValue(label.nl() == null ? "" : label.nl());
		en.setValue(label.en() == null ? "" : label.en());
		TextField[] row = { nl, en };
		rows.add(row);
		ListItem item = new ListItem(nl, en);
		item.addClassName("options-editor__option");
		if (!frozen) {
			Button remove = new Button(getTranslation("consultation.admin.question.removeOption"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.addClickListener(click -> {
				rows.remove(row);
				list.remove(item);
				relabel();
				add.focus();
			});
			item.add(remove);
		}
		list.add(item);
		relabel();
	}

	/** Each field and button says which option it is, also to a screen reader. */
	private void relabel() {
		for (int i = 0; i < rows.size(); i++) {
			int number = i + 1;
			rows.get(i)[0].setLabel(getTranslation("consultation.admin.question.optionNl", number));
			rows.get(i)[1].setLabel(getTranslation("consultation.admin.question.optionEn", number));
		}
		list.getChildren()
			.flatMap(item -> item.getChildren())
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.forEach(button -> {
				int number = list.indexOf(button.getParent().orElseThrow()) + 1;
				button.setAriaLabel(getTranslation("consultation.admin.question.removeOptionNumber", number));
			});
	}

}
