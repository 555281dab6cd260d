package nl.wijkstem.consultation;

import nl.wijkstem.audit.ModerationAction;

/**
 * The actions on consultations that go in the audit trail: publishing, and correcting
 * texts once answers are in (what residents answered to must stay traceable).
 */
enum ConsultationActions implements ModerationAction {

	PUBLISH("consultation.publish"), CORRECT_TEXT("consultation.correctText");

	private final String code;

	ConsultationActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
