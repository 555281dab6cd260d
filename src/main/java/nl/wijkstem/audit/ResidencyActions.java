package nl.wijkstem.audit;

import nl.wijkstem.audit.ModerationAction;

/**
 * What moderators do to a resident's verification, recorded from the account module's
 * events.
 */
enum ResidencyActions implements ModerationAction {

	VERIFY("residency.verify"), REVOKE("residency.revoke");

	private final String code;

	ResidencyActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
