package nl.wijkstem.idea;

import java.util.List;
import java.util.Map;

/**
 * One page of the idea list and how many ideas match in all.
 *
 * @param matchedWords for a search, per idea on the page the words of the search it uses
 * (or means), as the idea writes them; empty without a search
 */
public record IdeaPage(List<IdeaCard> cards, long total, Map<Long, List<String>> matchedWords) {

	public IdeaPage {
		matchedWords = Map.copyOf(matchedWords);
	}

	public IdeaPage(List<IdeaCard> cards, long total) {
		this(cards, total, Map.of());
	}

	/** The words of the search this idea uses, empty when there are none. */
	public List<String> matchedWords(Long ideaId) {
		return matchedWords.getOrDefault(ideaId, List.of());
	}

}
