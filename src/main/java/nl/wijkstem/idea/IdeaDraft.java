package nl.wijkstem.idea;

/**
 * What a resident typed into the idea form. Every field may still be empty or wrong in a
 * draft; {@link IdeaRules} says what a submission needs.
 *
 * @param title the idea in one line
 * @param description the idea in the resident's words, plain text
 * @param placeKind the kind of place it concerns
 * @param themeId the local theme the resident thinks fits, if any
 * @param locationText where it is, in words (the alternative to the map)
 * @param latitude the map pin, if set
 * @param longitude the map pin, if set
 */
public record IdeaDraft(String title, String description, PlaceKind placeKind, Long themeId, String locationText,
		Double latitude, Double longitude) {

	public static IdeaDraft empty() {
		return new IdeaDraft("", "", null, null, "", null, null);
	}

	public boolean hasPin() {
		return latitude != null && longitude != null;
	}

}
