package nl.wijkstem.consultation;

import java.util.List;

/**
 * What staff set for one question. Texts in Dutch (required) and English (falls back to
 * Dutch when empty).
 *
 * @param text the question, or a section's heading, or a proposal's statement
 * @param help a help text shown with it, may be empty
 * @param maxChoices multiple choice: at most this many options, {@code null} for no
 * limit; place: at most this many pins, {@code null} for one
 * @param scaleMax scale: 5 or 10
 * @param conditionOptionId shown only when an earlier answer includes this option, or
 * {@code null} to show it always
 * @param options choice and ranking questions: the options in order (a proposal's three
 * options are fixed and ignored here)
 */
public record QuestionForm(QuestionKind kind, String textNl, String textEn, String helpNl, String helpEn,
		boolean required, Integer maxChoices, Integer scaleMax, String lowLabelNl, String lowLabelEn,
		String highLabelNl, String highLabelEn, Long conditionOptionId, List<OptionLabel> options) {

	public QuestionForm {
		options = options == null ? List.of() : List.copyOf(options);
	}

	/** One option's label in both languages. */
	public record OptionLabel(String nl, String en) {
	}

}
