package nl.wijkstem.consultation;

import java.util.List;

/**
 * A consultation as staff edit it: its settings and its questions in both languages.
 *
 * @param answered whether any answer is in: then the questions are frozen (texts may
 * still be corrected) and the audience and anonymity stay as they are
 */
public record EditableConsultation(Long id, int version, ConsultationPhase phase, boolean answered,
		ConsultationForm form, List<EditableQuestion> questions) {

	public EditableConsultation {
		questions = List.copyOf(questions);
	}

	/**
	 * One question as staff edit it.
	 *
	 * @param optionIds the options' ids, in the order of {@code form.options()}
	 * @param conditionQuestionId the earlier question whose option this one depends on,
	 * or {@code null}
	 * @param imageId its image or {@code null}
	 */
	public record EditableQuestion(Long id, int position, QuestionForm form, List<Long> optionIds,
			Long conditionQuestionId, Long imageId, String imageAltNl, String imageAltEn) {

		public EditableQuestion {
			optionIds = List.copyOf(optionIds);
		}

		public QuestionKind kind() {
			return form.kind();
		}

	}

}
