package nl.wijkstem.voting;

/**
 * Where a round stands, by the clock.
 */
public enum RoundPhase {

	/** Moderators are choosing the ideas for the ballot. */
	PREPARING,
	/** The ballot is known; voting has not opened yet. */
	BALLOT_READY,
	/** Residents can vote. */
	OPEN,
	/** Voting has closed; the results come at the set time. */
	CLOSED,
	/** The results are out. */
	RESULTS;

	/** Whether the rules of the vote can no longer change. */
	public boolean isFrozen() {
		return compareTo(OPEN) >= 0;
	}

}
