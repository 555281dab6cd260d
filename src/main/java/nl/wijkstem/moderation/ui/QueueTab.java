package nl.wijkstem.moderation.ui;

/**
 * The lists of the moderators' queue.
 */
enum QueueTab {

	/** New submissions. */
	WAITING("waiting"),
	/** Ideas and comments residents reported. */
	REPORTED("reported"),
	/** Public ideas no moderator looked at yet (post-moderation). */
	REVIEW("review"),
	/** Public ideas without a programme goal. */
	UNFILED("unfiled");

	private final String key;

	QueueTab(String key) {
		this.key = key;
	}

	String key() {
		return key;
	}

}
