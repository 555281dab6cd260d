package nl.wijkstem.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;

/** One option of a choice, ranking or proposal question. */
@Entity
@Table(name = "consultation_option")
class QuestionOption extends AbstractEntity {

	private Long questionId;

	private int position;

	private String labelNl;

	private String labelEn;

	protected QuestionOption() {
	}

	static QuestionOption create(Long questionId, int position, QuestionForm.OptionLabel label) {
		QuestionOption option = new QuestionOption();
		option.questionId = questionId;
		option.position = position;
		option.relabel(label);
		return option;
	}

	void relabel(QuestionForm.OptionLabel label) {
		labelNl = label.nl().strip();
		labelEn = label.en() == null ? "" : label.en().strip();
	}

	Long getQuestionId() {
		return questionId;
	}

	int getPosition() {
		return position;
	}

	LocalizedText label() {
		return new LocalizedText(labelNl, labelEn);
	}

	QuestionForm.OptionLabel form() {
		return new QuestionForm.OptionLabel(labelNl, labelEn);
	}

}
