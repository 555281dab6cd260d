package nl.wijkstem.idea;

import java.util.List;

/**
 * A published idea that may be what the resident is about to propose.
 *
 * @param nearby found because it is close to the pin, rather than by its words
 * @param sharedWords the words of this idea the resident's text also uses (or means),
 * most telling first; empty for an idea found by its place only
 * @param goalId the programme goal it is filed under, or {@code null}: moderators filing
 * an idea see where its look-alikes went
 */
public record SimilarIdea(Long id, String title, int supportCount, boolean nearby, List<String> sharedWords,
		Long goalId) {

	public SimilarIdea {
		sharedWords = List.copyOf(sharedWords);
	}

	static SimilarIdea of(Idea idea, boolean nearby, List<String> sharedWords) {
		return new SimilarIdea(idea.getId(), idea.getTitle(), idea.getSupportCount(), nearby, sharedWords,
				idea.getGoalId());
	}

}
