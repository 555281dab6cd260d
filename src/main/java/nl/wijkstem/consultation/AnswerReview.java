package nl.wijkstem.consultation;

/**
 * Where an open answer or a place's remark stands with the moderators. Nobody but
 * moderators sees it until it is {@link #SHOWN}.
 */
public enum AnswerReview {

	/** Not read by a moderator yet. */
	PENDING,

	/** Shown as written, or in the moderator's version without personal data. */
	SHOWN,

	/** Never shown. */
	HIDDEN

}
