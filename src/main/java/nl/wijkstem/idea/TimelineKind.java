package nl.wijkstem.idea;

/**
 * What a step in an idea's timeline is, and who may read its words: the public updates
 * are for everyone; the messages a moderator wrote to the author only for the author and
 * the programme bureau (everyone else sees that the step happened, not what was said).
 */
public enum TimelineKind {

	/** The idea moved on in the programme or a voting round, with an update for all. */
	STATUS,
	/** An official answer of the programme bureau. */
	ANSWER,
	/** A moderator changed the text, with the reason why, written to the author. */
	REVISION,
	/**
	 * A moderator's decision on a submission (publish, ask for changes, reject, mark as
	 * duplicate), with the message to the author.
	 */
	DECISION;

	/** Whether everyone who can see the idea may read the words of this step. */
	public boolean isPublic() {
		return this == STATUS || this == ANSWER;
	}

}
