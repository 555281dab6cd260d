package nl.wijkstem.moderation.bureau;

import nl.wijkstem.audit.ModerationAction;

/**
 * The bureau's own actions on its work that the audit trail records.
 */
enum BureauActions implements ModerationAction {

	ASSIGN("item.assign");

	private final String code;

	BureauActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
