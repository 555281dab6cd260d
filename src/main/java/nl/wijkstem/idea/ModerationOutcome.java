package nl.wijkstem.idea;

/**
 * What a moderator did that the author is told about (beyond the first decision, see
 * {@link IdeaDecided}).
 */
public enum ModerationOutcome {

	REVISED, DUPLICATE, DUPLICATE_UNDONE, HIDDEN, SHOWN_AGAIN, COMMENT_HIDDEN, COMMENT_SHOWN_AGAIN, STATUS_CHANGED,
	ANSWERED

}
