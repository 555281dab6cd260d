package nl.wijkstem.idea;

/**
 * Why a resident reports an idea or comment.
 */
public enum ReportReason {

	SPAM, OFFENSIVE, PERSONAL_DATA, OTHER

}
