package nl.wijkstem.idea;

/**
 * What a moderator decides about a submitted idea.
 */
public enum ModerationDecision {

	PUBLISH, REQUEST_CHANGES, REJECT;

	boolean needsMessage() {
		return this != PUBLISH;
	}

}
