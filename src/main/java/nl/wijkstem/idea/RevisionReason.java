package nl.wijkstem.idea;

/**
 * Why a moderator changes the words of an idea. The moderator chooses it, because it
 * decides what happens to the earlier text.
 */
public enum RevisionReason {

	/** Clearer words: the earlier text is kept with who changed it and why. */
	CLARITY,
	/**
	 * Personal data taken out: the parts that changed are removed from every earlier text
	 * the application kept, and only who removed them and when stays.
	 */
	PERSONAL_DATA

}
