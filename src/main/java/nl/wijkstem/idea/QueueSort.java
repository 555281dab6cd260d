package nl.wijkstem.idea;

/**
 * Orders of the moderators' queue. Ties go by the order the items came in.
 */
public enum QueueSort {

	/** The longest waiting first: the default, so nothing is forgotten. */
	OLDEST,
	/** The most recent first. */
	NEWEST,
	/** The most open reports first. */
	MOST_REPORTED

}
