package nl.wijkstem.voting;

/**
 * How two ideas with as many votes are ordered; published with the round before voting
 * opens.
 */
public enum TieBreak {

	/** The idea sent in earlier goes first. */
	EARLIER_SUBMITTED,
	/** The cheaper idea goes first; with equal costs, the one sent in earlier. */
	LOWER_COST

}
