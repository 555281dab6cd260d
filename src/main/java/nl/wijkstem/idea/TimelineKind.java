package nl.wijkstem.idea;

/**
 * What a step in an idea's public timeline is.
 */
public enum TimelineKind {

	/** The idea moved to another status, with the moderator's words. */
	STATUS,
	/** An official answer of the programme bureau. */
	ANSWER,
	/** A moderator changed the text, with the reason why. */
	REVISION

}
