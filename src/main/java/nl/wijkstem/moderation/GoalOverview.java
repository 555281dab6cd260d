package nl.wijkstem.moderation;

import java.util.List;

import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * One programme goal with what residents proposed under it: its groups, and (a page of)
 * the public ideas in no group, most supported first.
 *
 * @param ideaCount how many public ideas are filed under the goal
 * @param ungroupedCount how many of them are in no group
 * @param ungrouped the asked-for page of those
 */
public record GoalOverview(ProgrammeOverview.Category goal, long ideaCount, List<IdeaGroupView> groups,
		long ungroupedCount, List<FiledIdea> ungrouped) {
}
