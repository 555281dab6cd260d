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
 * @param closeSecond the runner-up goal when it is nearly as likely
 * ({@link #CLOSE_SECOND} or more), so a moderator weighs both; {@code null} otherwise
 */
public record FilingSuggestion(Long goalId, double goalConfidence, List<String> goalWords, List<ThemeSuggestion> themes,
		SecondGoal closeSecond) {

	/** A runner-up at least this likely is shown beside the suggestion. */
	public static final double CLOSE_SECOND = 0.3;

	/** A suggestion without a close runner-up. */
	public FilingSuggestion(Long goalId, double goalConfidence, List<String> goalWords, List<ThemeSuggestion> themes) {
		this(goalId, goalConfidence, goalWords, themes, null);
	}

	/** The runner-up goal and how likely it is. */
	public record SecondGoal(Long goalId, double confidence) {
	}

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
