package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.wijkstem.base.Rejection;

/**
 * What a question needs before it can be saved, per kind, with a problem per field of the
 * question form: {@code kind}, {@code textNl}, {@code textEn}, {@code helpNl},
 * {@code helpEn}, {@code options}, {@code maxChoices}, {@code scale}, {@code lowLabel},
 * {@code highLabel}, {@code condition}.
 */
final class QuestionRules {

	static final int TEXT_MAX = 500;

	static final int HELP_MAX = 2000;

	static final int LABEL_MAX = 200;

	static final int SCALE_LABEL_MAX = 100;

	static final int OPTIONS_MAX = 30;

	static final int PINS_MAX = 20;

	private QuestionRules() {
	}

	/**
	 * @param earlier the questions before this one (all of them for a new question), with
	 * their options
	 * @param dependents whether later questions are shown depending on this one's options
	 */
	static void check(QuestionForm form, Map<Question, List<QuestionOption>> earlier, boolean dependents) {
		List<Rejection.Problem> problems = new ArrayList<>();
		QuestionKind kind = form.kind();
		if (kind == null) {
			problems.add(new Rejection.Problem("kind", "consultation.error.kindMissing"));
			Rejection.rejectIfAny(problems);
		}
		texts(problems, form);
		if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
				|| kind == QuestionKind.RANKING) {
			options(problems, form.options());
		}
		if (kind == QuestionKind.MULTIPLE_CHOICE && form.maxChoices() != null
				&& (form.maxChoices() < 1 || form.maxChoices() > Math.max(1, form.options().size()))) {
			problems.add(new Rejection.Problem("maxChoices", "consultation.error.maxChoices"));
		}
		if (kind == QuestionKind.PLACE && form.maxChoices() != null
				&& (form.maxChoices() < 1 || form.maxChoices() > PINS_MAX)) {
			problems.add(new Rejection.Problem("maxChoices", "consultation.error.maxPins", PINS_MAX));
		}
		if (kind == QuestionKind.SCALE) {
			scale(problems, form);
		}
		if (form.conditionOptionId() != null) {
			condition(problems, form, earlier, dependents);
		}
		if (dependents && !kind.canBeCondition()) {
			problems.add(new Rejection.Problem("kind", "consultation.error.conditionInUse"));
		}
		Rejection.rejectIfAny(problems);
	}

	/** The checks that also hold for a text correction of a frozen question. */
	static void checkTexts(QuestionForm form, List<QuestionForm.OptionLabel> labels) {
		List<Rejection.Problem> problems = new ArrayList<>();
		texts(problems, form);
		if (!labels.isEmpty()) {
			options(problems, labels);
		}
		if (form.kind() == QuestionKind.SCALE) {
			scaleLabels(problems, form);
		}
		Rejection.rejectIfAny(problems);
	}

	private static void texts(List<Rejection.Problem> problems, QuestionForm form) {
		ConsultationRules.required(problems, "textNl", form.textNl(), TEXT_MAX);
		ConsultationRules.optional(problems, "textEn", form.textEn(), TEXT_MAX);
		ConsultationRules.optional(problems, "helpNl", form.helpNl(), HELP_MAX);
		ConsultationRules.optional(problems, "helpEn", form.helpEn(), HELP_MAX);
	}

	private static void options(List<Rejection.Problem> problems, List<QuestionForm.OptionLabel> labels) {
		if (labels.size() < 2) {
			problems.add(new Rejection.Problem("options", "consultation.error.optionsTooFew"));
		}
		else if (labels.size() > OPTIONS_MAX) {
			problems.add(new Rejection.Problem("options", "consultation.error.optionsTooMany", OPTIONS_MAX));
		}
		else if (labels.stream().anyMatch(label -> label.nl() == null || label.nl().isBlank())) {
			problems.add(new Rejection.Problem("options", "consultation.error.optionEmpty"));
		}
		else if (labels.stream()
			.anyMatch(label -> label.nl().strip().length() > LABEL_MAX
					|| label.en() != null && label.en().strip().length() > LABEL_MAX)) {
			problems.add(new Rejection.Problem("options", "consultation.error.fieldTooLong", LABEL_MAX));
		}
	}

	private static void scale(List<Rejection.Problem> problems, QuestionForm form) {
		if (form.scaleMax() == null || form.scaleMax() != 5 && form.scaleMax() != 10) {
			problems.add(new Rejection.Problem("scale", "consultation.error.scaleChoice"));
		}
		scaleLabels(problems, form);
	}

	private static void scaleLabels(List<Rejection.Problem> problems, QuestionForm form) {
		ConsultationRules.required(problems, "lowLabel", form.lowLabelNl(), SCALE_LABEL_MAX);
		ConsultationRules.optional(problems, "lowLabel", form.lowLabelEn(), SCALE_LABEL_MAX);
		ConsultationRules.required(problems, "highLabel", form.highLabelNl(), SCALE_LABEL_MAX);
		ConsultationRules.optional(problems, "highLabel", form.highLabelEn(), SCALE_LABEL_MAX);
	}

	private static void condition(List<Rejection.Problem> problems, QuestionForm form,
			Map<Question, List<QuestionOption>> earlier, boolean dependents) {
		if (form.kind() == QuestionKind.SECTION) {
			problems.add(new Rejection.Problem("condition", "consultation.error.conditionOnSection"));
			return;
		}
		if (dependents) {
			// one level only: a question others depend on is always shown
			problems.add(new Rejection.Problem("condition", "consultation.error.conditionNested"));
			return;
		}
		Question source = earlier.entrySet()
			.stream()
			.filter(entry -> entry.getValue()
				.stream()
				.anyMatch(option -> Objects.equals(option.getId(), form.conditionOptionId())))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		if (source == null) {
			problems.add(new Rejection.Problem("condition", "consultation.error.conditionEarlier"));
		}
		else if (!source.getKind().canBeCondition()) {
			problems.add(new Rejection.Problem("condition", "consultation.error.conditionKind"));
		}
		else if (source.getConditionOptionId() != null) {
			problems.add(new Rejection.Problem("condition", "consultation.error.conditionNested"));
		}
	}

}
