package nl.wijkstem.idea;

/**
 * The lists of the moderators' queue, each with the moment an item entered it (what
 * "oldest first" and the age filter go by).
 */
public enum QueueList {

	/** Sent in, waiting for the first decision; since it was sent in. */
	SUBMITTED,
	/** Ideas and comments with open reports; since the first open report. */
	REPORTED,
	/** Public ideas no moderator looked at yet (post-moderation); since publication. */
	REVIEW,
	/** Public ideas without a programme goal; since publication. */
	UNFILED

}
