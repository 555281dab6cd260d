package nl.wijkstem.voting;

import nl.wijkstem.audit.ModerationAction;

/**
 * The actions on voting rounds and their ballots that go in the audit trail.
 */
enum RoundActions implements ModerationAction {

	CREATE("round.create"), UPDATE("round.update"), ADD_IDEA("ballot.add"), ADD_GROUP("ballot.addGroup"),
	COST("ballot.cost"), REMOVE("ballot.remove");

	private final String code;

	RoundActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
