package nl.wijkstem.idea;

import java.util.Set;

/**
 * A moderator took personal data out of an idea: every module that kept a copy of the
 * earlier text removes it now, inside the same transaction, so the removal happens
 * exactly when the revision does.
 * <p>
 * The earlier titles travel in this event only so that listeners can find their copies
 * (notices and the audit trail hold titles); listeners must never store them.
 *
 * @param fields the parts of the text that held the personal data
 * @param removedTitles every earlier title of the idea (personal data), empty unless the
 * title is one of the fields
 * @param currentTitle the title after the revision, which replaces the removed ones
 */
public record IdeaTextRedacted(Long ideaId, Set<IdeaTextField> fields, Set<String> removedTitles, String currentTitle) {

	/**
	 * What a kept copy of removed text (such as a state in the audit trail) says instead.
	 */
	public static final String REMOVED = "REMOVED_PERSONAL_DATA";

	public IdeaTextRedacted {
		fields = Set.copyOf(fields);
		removedTitles = Set.copyOf(removedTitles);
	}

	@Override
	public String toString() {
		// never the titles: an event may end up in a log
		return "IdeaTextRedacted[ideaId=" + ideaId + ", fields=" + fields + "]";
	}

}
