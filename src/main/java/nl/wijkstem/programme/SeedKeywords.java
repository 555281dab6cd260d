package nl.wijkstem.programme;

import java.util.List;
import java.util.Map;

/**
 * The configured keywords of each programme goal and local theme, by their id: the
 * starting knowledge of the filing suggestion, before moderators have filed any idea.
 *
 * @param goals keywords per programme goal id
 * @param themes keywords per local theme id
 */
public record SeedKeywords(Map<Long, List<String>> goals, Map<Long, List<String>> themes) {

	public SeedKeywords {
		goals = Map.copyOf(goals);
		themes = Map.copyOf(themes);
	}

}
