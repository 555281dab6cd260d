package nl.wijkstem.idea;

/**
 * Orders of the idea list. {@link #RELEVANCE} applies only to a search.
 */
public enum IdeaSort {

	RELEVANCE, NEWEST, MOST_SUPPORTED, MOST_DISCUSSED

}
