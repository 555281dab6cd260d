package nl.wijkstem.consultation;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.LocalizedText;

/**
 * One question of a consultation, or a section heading between them. Its options are
 * {@link QuestionOption} rows. What a question asks is frozen once the first answer is
 * in; only its texts may still be corrected (the service checks and logs that).
 */
@Entity
@Table(name = "consultation_question")
class Question extends AbstractEntity {

	private Long consultationId;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String textNl;

	private String textEn;

	private String helpNl;

	private String helpEn;

	private boolean required;

	private Integer maxChoices;

	private Integer scaleMax;

	private String lowLabelNl;

	private String lowLabelEn;

	private String highLabelNl;

	private String highLabelEn;

	private Long imageId;

	private String imageAltNl;

	private String imageAltEn;

	private Long conditionOptionId;

	protected Question() {
	}

	static Question create(Long consultationId, int position, QuestionForm form) {
		Question question = new Question();
		question.consultationId = consultationId;
		question.position = position;
		question.kind = form.kind();
		question.apply(form);
		return question;
	}

	/**
	 * Changes what is asked; only allowed before the first answer (the service checks).
	 */
	void update(QuestionForm form) {
		kind = form.kind();
		apply(form);
	}

	/** Corrects the texts only: allowed after answers are in. */
	void correctTexts(QuestionForm form) {
		textNl = form.textNl().strip();
		textEn = stripped(form.textEn());
		helpNl = stripped(form.helpNl());
		helpEn = stripped(form.helpEn());
		lowLabelNl = labelOrNull(form.lowLabelNl());
		lowLabelEn = labelOrNull(form.lowLabelEn());
		highLabelNl = labelOrNull(form.highLabelNl());
		highLabelEn = labelOrNull(form.highLabelEn());
	}

	private void apply(QuestionForm form) {
		correctTexts(form);
		required = kind.isAnswerable() && form.required();
		maxChoices = kind == QuestionKind.MULTIPLE_CHOICE || kind == QuestionKind.PLACE ? form.maxChoices() : null;
		scaleMax = kind == QuestionKind.SCALE ? form.scaleMax() : null;
		if (kind != QuestionKind.SCALE) {
			lowLabelNl = null;
			lowLabelEn = null;
			highLabelNl = null;
			highLabelEn = null;
		}
		conditionOptionId = form.conditionOptionId();
	}

	void moveTo(int newPosition) {
		position = newPosition;
	}

	void showImage(Long newImageId, String altNl, String altEn) {
		imageId = newImageId;
		imageAltNl = newImageId == null ? null : altNl.strip();
		imageAltEn = newImageId == null ? null : stripped(altEn);
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	private static String labelOrNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getConsultationId() {
		return consultationId;
	}

	int getPosition() {
		return position;
	}

	QuestionKind getKind() {
		return kind;
	}

	LocalizedText text() {
		return new LocalizedText(textNl, textEn);
	}

	LocalizedText help() {
		return new LocalizedText(helpNl, helpEn);
	}

	boolean isRequired() {
		return required;
	}

	Integer getMaxChoices() {
		return maxChoices;
	}

	Integer getScaleMax() {
		return scaleMax;
	}

	LocalizedText lowLabel() {
		return lowLabelNl == null ? null : new LocalizedText(lowLabelNl, lowLabelEn);
	}

	LocalizedText highLabel() {
		return highLabelNl == null ? null : new LocalizedText(highLabelNl, highLabelEn);
	}

	Long getImageId() {
		return imageId;
	}

	LocalizedText imageAlt() {
		return imageId == null ? null : new LocalizedText(imageAltNl, imageAltEn);
	}

	Long getConditionOptionId() {
		return conditionOptionId;
	}

	QuestionForm form(List<QuestionForm.OptionLabel> options) {
		return new QuestionForm(kind, textNl, textEn, helpNl, helpEn, required, maxChoices, scaleMax, lowLabelNl,
				lowLabelEn, highLabelNl, highLabelEn, conditionOptionId, options);
	}

}
