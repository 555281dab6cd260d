package nl.wijkstem.consultation.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.ui.WrittenLanguage;
import nl.wijkstem.consultation.AnswerInput;
import nl.wijkstem.consultation.QuestionItem;
import nl.wijkstem.consultation.QuestionKind;
import nl.wijkstem.programme.MapSettings;

/**
 * A consultation's questions as a form: sections as headings, a field per question
 * fitting its kind, questions that depend on an earlier answer shown only while that
 * answer is chosen (and emptied when hidden, so nothing hidden is sent). Residents answer
 * with it, and staff see the same form in the preview.
 */
public class Questionnaire extends Composite<Div> {

	private final Map<Long, QuestionBlock> blocks = new LinkedHashMap<>();

	private final List<Runnable> changeListeners = new ArrayList<>();

	private final Span announcement = new Span();

	/**
	 * @param questions in their order, sections included
	 * @param initial answers given before (a draft, or the stored answer of a named
	 * consultation)
	 * @param insideArea whether a pin lies inside the area
	 */
	public Questionnaire(List<QuestionItem> questions, List<AnswerInput> initial, MapSettings map,
			BiPredicate<Double, Double> insideArea) {
		Div content = getContent();
		content.addClassName("questionnaire");
		for (QuestionItem question : questions) {
			if (question.kind() == QuestionKind.SECTION) {
				H3 heading = new H3(question.text());
				heading.addClassName("questionnaire__section");
				content.add(WrittenLanguage.mark(heading, question.language(), getLocale()));
				if (question.help() != null && !question.help().isBlank()) {
					content.add(WrittenLanguage.mark(new Paragraph(question.help()), question.language(), getLocale()));
				}
				continue;
			}
			QuestionBlock block = block(question, map, insideArea);
			WrittenLanguage.mark(block, question.language(), getLocale());
			block.addChangeListener(() -> answerChanged(block));
			blocks.put(question.id(), block);
			content.add(block);
		}
		announcement.addClassName("sr-only");
		announcement.getElement().setAttribute("aria-live", "polite");
		content.add(announcement);
		initial.forEach(
				answer -> Optional.ofNullable(blocks.get(answer.questionId())).ifPresent(block -> block.fill(answer)));
		showWhatApplies();
	}

	private static QuestionBlock block(QuestionItem question, MapSettings map, BiPredicate<Double, Double> insideArea) {
		return switch (question.kind()) {
			case SINGLE_CHOICE, PROPOSAL -> new ChoiceBlock(question);
			case MULTIPLE_CHOICE -> new MultipleChoiceBlock(question);
			case SCALE -> new ScaleBlock(question);
			case RANKING -> new RankingBlock(question);
			case SHORT_TEXT, LONG_TEXT -> new TextBlock(question);
			case PLACE -> new PlaceBlock(question, map, insideArea);
			case SECTION -> throw new IllegalArgumentException(question.kind().name());
		};
	}

	/** Called whenever the resident changes an answer (to keep a draft, for example). */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	private void answerChanged(QuestionBlock changed) {
		int appeared = showWhatApplies();
		if (appeared > 0) {
			announcement.setText(getTranslation("consultation.question.appeared", appeared));
		}
		changeListeners.forEach(Runnable::run);
	}

	/**
	 * Shows each question whose condition is met and hides (and empties) the others.
	 * @return how many questions appeared
	 */
	private int showWhatApplies() {
		int appeared = 0;
		for (QuestionBlock block : blocks.values()) {
			Long option = block.question.conditionOptionId();
			if (option == null) {
				continue;
			}
			QuestionBlock condition = blocks.get(block.question.conditionQuestionId());
			boolean shown = condition != null && condition.isVisible() && condition.chosenOptions().contains(option);
			if (shown && !block.isVisible()) {
				appeared++;
			}
			if (!shown) {
				block.clear();
				block.clearProblem();
			}
			block.setVisible(shown);
		}
		return appeared;
	}

	/** The answers to the questions shown, left out when empty. */
	public List<AnswerInput> answers() {
		return blocks.values()
			.stream()
			.filter(QuestionBlock::isVisible)
			.map(QuestionBlock::answer)
			.filter(answer -> !answer.isEmpty())
			.toList();
	}

	/**
	 * Puts each of the service's problems at its question and the keyboard in the first
	 * question with one.
	 * @return the problems that belong to no question, in one text; empty when none
	 */
	public String showProblems(Rejection rejected) {
		clearProblems();
		StringBuilder general = new StringBuilder();
		QuestionBlock first = null;
		for (Rejection.Problem problem : rejected.problems()) {
			QuestionBlock block = problem.field() == null ? null
					: blocks.values()
						.stream()
						.filter(candidate -> QuestionBlock.fieldName(candidate.question.id()).equals(problem.field()))
						.filter(QuestionBlock::isVisible)
						.findFirst()
						.orElse(null);
			if (block == null) {
				general.append(general.isEmpty() ? "" : " ").append(RejectionMessages.text(this, problem));
			}
			else {
				block.showProblem(RejectionMessages.text(this, problem));
				if (first == null || position(block) < position(first)) {
					first = block;
				}
			}
		}
		if (first != null) {
			first.focusField();
		}
		return general.toString();
	}

	/** Whether some problem was put at a question. */
	public boolean hasProblemAtAQuestion(Rejection rejected) {
		return rejected.problems()
			.stream()
			.anyMatch(problem -> blocks.values()
				.stream()
				.anyMatch(block -> block.isVisible()
						&& QuestionBlock.fieldName(block.question.id()).equals(problem.field())));
	}

	private static int position(QuestionBlock block) {
		return block.question.position();
	}

	/** Whether a problem is still shown at some question. */
	public boolean showsProblems() {
		return blocks.values().stream().anyMatch(block -> block.isVisible() && block.showsProblem());
	}

	public void clearProblems() {
		blocks.values().forEach(QuestionBlock::clearProblem);
	}

}
