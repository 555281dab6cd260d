package nl.wijkstem.idea;

import java.util.List;

/**
 * One page of the idea list and how many ideas match in all.
 */
public record IdeaPage(List<IdeaCard> cards, long total) {
}
