package nl.wijkstem.idea;

/**
 * What a visitor looks for in the idea list. Every filter is optional.
 */
public record IdeaQuery(String text, Long goalId, Long themeId, IdeaStatus status, PlaceKind placeKind, IdeaSort sort) {

	public static IdeaQuery all() {
		return new IdeaQuery("", null, null, null, null, IdeaSort.NEWEST);
	}

	boolean hasText() {
		return text != null && !text.isBlank();
	}

	IdeaSort effectiveSort() {
		if (sort == null || (sort == IdeaSort.RELEVANCE && !hasText())) {
			return IdeaSort.NEWEST;
		}
		return sort;
	}

}
