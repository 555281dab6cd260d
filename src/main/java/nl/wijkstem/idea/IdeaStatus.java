package nl.wijkstem.idea;

/**
 * Where an idea stands. Moderation adds its own steps after {@link #PUBLISHED}.
 */
public enum IdeaStatus {

	/** Being written; only the author sees it. */
	DRAFT,
	/** Sent in, waiting for a moderator (pre-moderation). */
	SUBMITTED,
	/** Returned to the author with a moderator's request for changes. */
	CHANGES_REQUESTED,
	/** Not published, with the moderator's reason for the author. */
	REJECTED,
	/** Public. */
	PUBLISHED,
	/** Taken back by its author before publication. */
	WITHDRAWN

}
