package nl.wijkstem.consultation;

import java.util.Set;

import nl.wijkstem.idea.PlaceKind;

/**
 * The idea a moderator makes of an answer: in their words (starting from the resident's,
 * without personal data), filed under a programme goal. A pin of the answer goes with it.
 *
 * @param locationText where it is, in words; required when the answer has a pin
 * @param collectedAt where it was collected, shown with the idea (the consultation's
 * title when empty)
 */
public record IdeaFromAnswer(String title, String description, PlaceKind placeKind, String locationText,
		String collectedAt, Long goalId, Set<Long> themeIds) {

	public IdeaFromAnswer {
		themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
	}

}
