package nl.wijkstem.consultation;

import nl.wijkstem.audit.ModerationAction;

/**
 * What moderators do with consultation answers, and the programme bureau's outcome, as
 * the audit trail records them.
 */
enum ReviewActions implements ModerationAction {

	SHOW("consultationAnswer.show"), REDACT("consultationAnswer.redact"), HIDE("consultationAnswer.hide"),
	TO_IDEA("consultationAnswer.idea"), OUTCOME_PUBLISH("consultation.outcome"),
	OUTCOME_CHANGE("consultation.outcomeChange");

	/** The audit trail's kind of subject for one answer. */
	static final String ANSWER = "consultationAnswer";

	/** The audit trail's kind of subject for a consultation. */
	static final String CONSULTATION = "consultation";

	private final String code;

	ReviewActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
