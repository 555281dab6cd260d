package nl.wijkstem.moderation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * One programme goal with what residents proposed under it: its groups, and (a page of)
 * the public ideas in no group, most supported first.
 *
 * @param ideaCount how many public ideas are filed under the goal
 * @param statusCounts how many of them are in each status (statuses with none left out),
 * for the goal's progress; empty where only the total was asked for
 * @param ungroupedCount how many of them are in no group
 * @param ungrouped the asked-for page of those
 */
public record GoalOverview(ProgrammeOverview.Category goal, long ideaCount, Map<IdeaStatus, Long> statusCounts,
		List<IdeaGroupView> groups, long ungroupedCount, List<FiledIdea> ungrouped) {

	public GoalOverview {
		statusCounts = Map.copyOf(statusCounts);
	}

	/** How many of the goal's ideas are in any of these statuses. */
	public long count(Set<IdeaStatus> statuses) {
		return statusCounts.entrySet()
			.stream()
			.filter(entry -> statuses.contains(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
