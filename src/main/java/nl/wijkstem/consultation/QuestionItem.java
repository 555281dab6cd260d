package nl.wijkstem.consultation;

import java.util.List;

/**
 * A question as residents see it, in the reader's language. {@code language} is the
 * language of the texts (Dutch on an English page when the translation is missing).
 *
 * @param imageId the question's image ({@code /raadplegingen/afbeelding/{id}}) or
 * {@code null}
 * @param conditionOptionId shown only when this option of an earlier question is chosen,
 * or {@code null}
 * @param conditionQuestionId the question that option belongs to, or {@code null}
 */
public record QuestionItem(Long id, int position, QuestionKind kind, String text, String help, String language,
		boolean required, Integer maxChoices, Integer scaleMax, String lowLabel, String highLabel, Long imageId,
		String imageAlt, Long conditionQuestionId, Long conditionOptionId, List<OptionItem> options) {

	/** One option, in the reader's language. */
	public record OptionItem(Long id, String label, String language) {
	}

}
