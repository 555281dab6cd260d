package nl.wijkstem.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.SimilarFiledIdea;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents proposed under each programme goal and how moderators grouped it: the
 * goal board for moderators and the public programme overview. Each costs a fixed number
 * of statements, however many ideas there are.
 */
@Service
@Transactional(readOnly = true)
public class GroupOverviews {

	private static final Comparator<FiledIdea> MOST_SUPPORTED_FIRST = Comparator.comparingInt(FiledIdea::supportCount)
		.reversed()
		.thenComparing(FiledIdea::id, Comparator.reverseOrder());

	/** Enough to group from, few enough to judge at a glance. */
	static final int SIMILAR_ON_BOARD = 8;

	private final IdeaGroupRepository groups;

	private final GroupMemberRepository members;

	private final FiledIdeas filedIdeas;

	private final ProgrammeService programme;

	private final ProgrammeMemory memory;

	GroupOverviews(IdeaGroupRepository groups, GroupMemberRepository members, FiledIdeas filedIdeas,
			ProgrammeService programme, ProgrammeMemory memory) {
		this.groups = groups;
		this.members = members;
		this.filedIdeas = filedIdeas;
		this.programme = programme;
		this.memory = memory;
	}

	/**
	 * A goal for the goal board: all its groups with their ideas, and one page of its
	 * ideas in no group, most supported first.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public GoalOverview board(Long goalId, int page, int pageSize, Locale locale) {
		ProgrammeOverview.Category goal = programme.overview(locale)
			.goals()
			.stream()
			.filter(candidate -> candidate.id().equals(goalId))
			.findFirst()
			.orElseThrow(() -> new Rejection("moderation.error.goal"));
		List<IdeaGroupView> groupViews = views(groups.findByGoalIdOrderByNameAscIdAsc(goalId));
		return overview(goal, filedIdeas.countUnder(goalId), Map.of(), groupViews, page * pageSize, pageSize);
	}

	/**
	 * The ideas under the same goal that say what this idea says, each with the group it
	 * is in: what a moderator may group it with.
	 */
	@RolesAllowed(Roles.MODERATOR)
	public List<SimilarOnBoard> similarOnBoard(Long ideaId) {
		List<SimilarFiledIdea> similar = filedIdeas.similarUnderSameGoal(ideaId, SIMILAR_ON_BOARD);
		Map<Long, String> groupNames = new HashMap<>();
		Map<Long, Long> groupOf = new HashMap<>();
		if (!similar.isEmpty()) {
			List<Long> ids = similar.stream().map(hint -> hint.idea().id()).toList();
			members.findAllById(ids).forEach(member -> groupOf.put(member.getIdeaId(), member.getGroupId()));
			members.groupNames(ids).forEach(row -> groupNames.put((Long) row[0], (String) row[1]));
		}
		return similar.stream()
			.map(hint -> new SimilarOnBoard(hint.idea(), hint.sharedWords(), groupOf.get(hint.idea().id()),
					groupNames.getOrDefault(hint.idea().id(), "")))
			.toList();
	}

	/**
	 * Every programme goal as the public sees it: how many ideas residents proposed under
	 * it, its groups, and its most supported ideas in no group.
	 */
	@PermitAll
	public List<GoalOverview> programme(int ungroupedPerGoal, Locale locale) {
		return memory.recall(locale.toLanguageTag() + "/" + ungroupedPerGoal,
				() -> readProgramme(ungroupedPerGoal, locale));
	}

	/** Reads the public overview afresh next time (benchmarks measure that). */
	@RolesAllowed(Roles.MODERATOR)
	public void forget() {
		memory.forget();
	}

	private List<GoalOverview> readProgramme(int ungroupedPerGoal, Locale locale) {
		Map<Long, Map<IdeaStatus, Long>> counts = filedIdeas.statusCountsByGoal();
		Map<Long, List<IdeaGroupView>> byGoal = views(groups.findAllByOrderByNameAscIdAsc()).stream()
			.collect(Collectors.groupingBy(IdeaGroupView::goalId));
		return programme.overview(locale).goals().stream().map(goal -> {
			Map<IdeaStatus, Long> statusCounts = counts.getOrDefault(goal.id(), Map.of());
			long total = statusCounts.values().stream().mapToLong(Long::longValue).sum();
			return overview(goal, total, statusCounts, byGoal.getOrDefault(goal.id(), List.of()), 0, ungroupedPerGoal);
		}).toList();
	}

	private GoalOverview overview(ProgrammeOverview.Category goal, long ideaCount, Map<IdeaStatus, Long> statusCounts,
			List<IdeaGroupView> groupViews, int offset, int limit) {
		Set<Long> groupedUnderGoal = groupViews.stream()
			.flatMap(group -> group.ideas().stream())
			.filter(idea -> goal.id().equals(idea.goalId()))
			.map(FiledIdea::id)
			.collect(Collectors.toSet());
		List<FiledIdea> ungrouped = filedIdeas.mostSupported(goal.id(), groupedUnderGoal, offset, limit);
		return new GoalOverview(goal, ideaCount, statusCounts, groupViews,
				Math.max(0, ideaCount - groupedUnderGoal.size()), ungrouped);
	}

	/** The groups with their public ideas and distinct supporters: three statements. */
	private List<IdeaGroupView> views(List<IdeaGroup> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> ideaIdsByGroup = new LinkedHashMap<>();
		list.forEach(group -> ideaIdsByGroup.put(group.getId(), new ArrayList<>()));
		members.findInGroups(ideaIdsByGroup.keySet())
			.forEach(member -> ideaIdsByGroup.get(member.getGroupId()).add(member.getIdeaId()));
		Map<Long, FiledIdea> ideas = filedIdeas
			.publicIdeas(ideaIdsByGroup.values().stream().flatMap(Collection::stream).toList())
			.stream()
			.collect(Collectors.toMap(FiledIdea::id, Function.identity()));
		Map<Long, List<FiledIdea>> publicByGroup = new HashMap<>();
		ideaIdsByGroup.forEach((group, ids) -> publicByGroup.put(group,
				ids.stream().map(ideas::get).filter(idea -> idea != null).sorted(MOST_SUPPORTED_FIRST).toList()));
		Map<Long, Long> supporters = filedIdeas.distinctSupporters(publicByGroup.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> entry.getValue().stream().map(FiledIdea::id).toList())));
		return list.stream()
			.map(group -> new IdeaGroupView(group.getId(), group.getVersion(), group.getGoalId(), group.getName(),
					group.getSummary(), publicByGroup.get(group.getId()), supporters.getOrDefault(group.getId(), 0L)))
			.toList();
	}

}
