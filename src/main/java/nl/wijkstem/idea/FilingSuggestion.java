package nl.wijkstem.idea;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Wijkstem suggests for filing an idea, learned from moderators' earlier filings:
 * one programme goal and any local themes, each with how sure it is and the words of the
 * idea that weighed most. A moderator decides; the suggestion never files anything
 * itself.
 *
 * @param goalId the suggested programme goal
 * @param goalConfidence estimated probability (0 to 1) that this goal is the right one
 * @param goalWords words of the idea that most favoured this goal over the runner-up,
 * strongest first
 * @param themes the suggested local themes, most likely first; may be empty
 */
public record FilingSuggestion(Long goalId, double goalConfidence, List<String> goalWords,
		List<ThemeSuggestion> themes) {

	public FilingSuggestion {
		goalWords = List.copyOf(goalWords);
		themes = List.copyOf(themes);
	}

	public Set<Long> themeIds() {
		return themes.stream().map(ThemeSuggestion::themeId).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A local theme the idea probably touches.
	 *
	 * @param themeId the theme
	 * @param confidence estimated probability (0.5 to 1) that the theme applies
	 * @param words words of the idea that most favoured the theme, strongest first
	 */
	public record ThemeSuggestion(Long themeId, double confidence, List<String> words) {

		public ThemeSuggestion {
			words = List.copyOf(words);
		}

	}

}
