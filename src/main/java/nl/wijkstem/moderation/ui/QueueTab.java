package nl.wijkstem.moderation.ui;

import nl.wijkstem.idea.QueueList;

/**
 * The lists of the moderators' queue.
 */
enum QueueTab {

	/** New submissions. */
	WAITING("waiting", QueueList.SUBMITTED),
	/** Ideas and comments residents reported. */
	REPORTED("reported", QueueList.REPORTED),
	/** Public ideas no moderator looked at yet (post-moderation). */
	REVIEW("review", QueueList.REVIEW),
	/** Public ideas without a programme goal. */
	UNFILED("unfiled", QueueList.UNFILED),
	/**
	 * Open answers and places' remarks from consultations, before residents see them (not
	 * ideas: no list of the idea queue).
	 */
	ANSWERS("answers", null);

	private final String key;

	private final QueueList list;

	QueueTab(String key, QueueList list) {
		this.key = key;
		this.list = list;
	}

	String key() {
		return key;
	}

	/** The ideas' list, {@code null} for {@link #ANSWERS}. */
	QueueList list() {
		return list;
	}

}
