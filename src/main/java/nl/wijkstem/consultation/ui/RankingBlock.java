package nl.wijkstem.consultation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionItem.OptionItem;

/**
 * All options in the resident's order: by dragging an option onto another's place, or by
 * its move-up and move-down buttons. After a move by keyboard the focus stays on the
 * moved option's button, and a live region says where it is now. The order counts as an
 * answer once the resident moved an option or said the order is right as it is.
 */
class RankingBlock extends QuestionBlock {

	private final List<OptionItem> order = new ArrayList<>();

	private final Map<Long, Row> rows = new HashMap<>();

	private final OrderedList list = new OrderedList();

	private final Span announcement = new Span();

	private final Checkbox confirmed = new Checkbox();

	private final Paragraph problem = new Paragraph();

	RankingBlock(QuestionItem question) {
		super(question);
		order.addAll(question.options());
		FieldSet group = new FieldSet();
		group.setLegendText(label());
		group.addClassName("question__group");
		String helpId = "question-help-" + question.id();
		Paragraph how = new Paragraph(getTranslation("consultation.ranking.help"));
		how.addClassName("question__help");
		how.setId(helpId + "-how");
		String describedBy = how.getId().orElseThrow();
		if (help() != null) {
			group.add(helpParagraph(helpId));
			describedBy = helpId + " " + describedBy;
		}
		group.getElement().setAttribute("aria-describedby", describedBy);
		problem.addClassName("form-error");
		problem.setId("question-problem-" + question.id());
		problem.setVisible(false);
		list.addClassName("ranking");
		for (OptionItem option : question.options()) {
			rows.put(option.id(), new Row(option));
		}
		announcement.addClassName("sr-only");
		announcement.getElement().setAttribute("aria-live", "polite");
		confirmed.setLabel(getTranslation("consultation.ranking.confirm"));
		confirmed.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				clearProblem();
				changed();
			}
		});
		group.add(how, problem, list, confirmed, announcement);
		getContent().add(group);
		render();
		getElement().executeJs(DRAGGING);
	}

	/**
	 * Native drag and drop: an option dropped on another takes its place. The browser
	 * says only which option went where; the order itself is kept here.
	 */
	private static final String DRAGGING = """
			const block = this;
			const list = this.querySelector('.ranking');
			const itemOf = (event) => event.target.closest && event.target.closest('[data-option]');
			const clear = (name) => list.querySelectorAll('.' + name).forEach((item) => item.classList.remove(name));
			list.addEventListener('dragstart', (event) => {
			  const item = itemOf(event);
			  if (!item) return;
			  event.dataTransfer.setData('text/plain', item.dataset.option);
			  event.dataTransfer.effectAllowed = 'move';
			  item.classList.add('ranking__item--dragged');
			});
			list.addEventListener('dragend', () => {
			  clear('ranking__item--dragged');
			  clear('ranking__item--over');
			});
			list.addEventListener('dragover', (event) => {
			  const item = itemOf(event);
			  if (!item) return;
			  event.preventDefault();
			  event.dataTransfer.dropEffect = 'move';
			  clear('ranking__item--over');
			  item.classList.add('ranking__item--over');
			});
			list.addEventListener('drop', (event) => {
			  const item = itemOf(event);
			  if (!item) return;
			  event.preventDefault();
			  clear('ranking__item--over');
			  const dragged = event.dataTransfer.getData('text/plain');
			  if (dragged && dragged !== item.dataset.option) {
			    block.$server.dropped(dragged, item.dataset.option);
			  }
			});
			""";

	/**
	 * An option dropped on another's place; ids the question does not have are ignored.
	 */
	@ClientCallable
	private void dropped(String draggedId, String targetId) {
		Optional<OptionItem> dragged = option(draggedId);
		Optional<OptionItem> target = option(targetId);
		if (dragged.isPresent() && target.isPresent()) {
			move(dragged.get(), order.indexOf(target.get()), null);
		}
	}

	private Optional<OptionItem> option(String id) {
		return order.stream().filter(option -> option.id().toString().equals(id)).findFirst();
	}

	private void render() {
		list.removeAll();
		for (int index = 0; index < order.size(); index++) {
			Row row = rows.get(order.get(index).id());
			row.position.setText(String.valueOf(index + 1));
			row.up.setEnabled(index > 0);
			row.down.setEnabled(index < order.size() - 1);
			list.add(row.item);
		}
	}

	private void move(OptionItem option, int to, Button pressed) {
		int from = order.indexOf(option);
		if (from < 0 || to < 0 || to >= order.size() || from == to) {
			return;
		}
		order.remove(from);
		order.add(to, option);
		render();
		Row row = rows.get(option.id());
		if (pressed != null) {
			// at the top or bottom the pressed button is switched off: the other one of
			// the same option takes the focus
			(pressed.isEnabled() ? pressed : pressed == row.up ? row.down : row.up).focus();
		}
		announcement.setText(getTranslation("consultation.ranking.moved", option.label(), to + 1, order.size()));
		confirmed.setValue(true);
		clearProblem();
		changed();
	}

	@Override
	AnswerInput answer() {
		return confirmed.getValue()
				? new AnswerInput(question.id(), order.stream().map(OptionItem::id).toList(), null, null, null)
				: empty();
	}

	@Override
	void fill(AnswerInput answer) {
		if (answer.optionIds().isEmpty()) {
			return;
		}
		List<OptionItem> given = new ArrayList<>();
		answer.optionIds()
			.forEach(id -> question.options()
				.stream()
				.filter(option -> option.id().equals(id))
				.findFirst()
				.ifPresent(given::add));
		// options the stored order does not know of go last
		question.options().stream().filter(option -> !given.contains(option)).forEach(given::add);
		order.clear();
		order.addAll(given);
		confirmed.setValue(true);
		render();
	}

	@Override
	void clear() {
		order.clear();
		order.addAll(question.options());
		confirmed.setValue(false);
		render();
	}

	@Override
	void showProblem(String message) {
		problem.setText(message);
		problem.setVisible(true);
		confirmed.getElement().setAttribute("aria-describedby", problem.getId().orElseThrow());
	}

	@Override
	void clearProblem() {
		problem.setVisible(false);
		confirmed.getElement().removeAttribute("aria-describedby");
	}

	@Override
	boolean showsProblem() {
		return problem.isVisible();
	}

	@Override
	void focusField() {
		confirmed.focus();
	}

	/** One option in the list: its place, its name, and its buttons. */
	private final class Row {

		final ListItem item = new ListItem();

		final Span position = new Span();

		final Button up = new Button(VaadinIcon.ARROW_UP.create());

		final Button down = new Button(VaadinIcon.ARROW_DOWN.create());

		Row(OptionItem option) {
			item.addClassName("ranking__item");
			position.addClassName("ranking__position");
			position.getElement().setAttribute("aria-hidden", "true");
			Span name = new Span(option.label());
			name.addClassName("ranking__label");
			up.setAriaLabel(getTranslation("consultation.ranking.up", option.label()));
			down.setAriaLabel(getTranslation("consultation.ranking.down", option.label()));
			up.setTooltipText(getTranslation("consultation.ranking.up.short"));
			down.setTooltipText(getTranslation("consultation.ranking.down.short"));
			for (Button button : List.of(up, down)) {
				button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
				button.addClassName("ranking__move");
			}
			up.addClickListener(click -> move(option, order.indexOf(option) - 1, up));
			down.addClickListener(click -> move(option, order.indexOf(option) + 1, down));
			Div buttons = new Div(up, down);
			buttons.addClassName("ranking__buttons");
			item.add(position, name, buttons);

			item.getElement().setAttribute("draggable", "true");
			item.getElement().setAttribute("data-option", option.id().toString());
		}

	}

}
