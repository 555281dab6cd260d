package nl.wijkstem.idea;

/**
 * Where an idea stands. Moderation adds its own steps after {@link #PUBLISHED}.
 */
public enum IdeaStatus {

	/** Being written; only the author sees it. */
	DRAFT,
	/** Sent in, waiting for a moderator (pre-moderation). */
	SUBMITTED,
	/** Public. */
	PUBLISHED,
	/** Taken back by its author before publication. */
	WITHDRAWN

}
