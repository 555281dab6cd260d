package nl.wijkstem.voting;

/**
 * What a resident may choose on a round's ballot.
 */
public enum BallotKind {

	/** Any number of the ideas on the ballot. */
	SUPPORT,
	/** At most a set number of ideas. */
	LIMITED,
	/** Ideas whose estimated costs together stay within the round's budget. */
	BUDGET

}
