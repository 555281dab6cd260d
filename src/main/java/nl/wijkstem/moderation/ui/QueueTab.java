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
	UNFILED("unfiled", QueueList.UNFILED);

	private final String key;

	private final QueueList list;

	QueueTab(String key, QueueList list) {
		this.key = key;
		this.list = list;
	}

	String key() {
		return key;
	}

	QueueList list() {
		return list;
	}

}
