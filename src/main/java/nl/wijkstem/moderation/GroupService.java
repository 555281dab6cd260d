package nl.wijkstem.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators gather related ideas under one programme goal into groups ("bundels"), and
 * move ideas between groups and goals. Every change is checked against what the moderator
 * saw, and published as a {@link ModerationActionTaken} for the audit trail.
 */
@Service
@Transactional
public class GroupService {

	private static final String CHANGED_MEANWHILE = "moderation.error.changedMeanwhile";

	private final IdeaGroupRepository groups;

	private final GroupMemberRepository members;

	private final FiledIdeas filedIdeas;

	private final IdeaDecisionService decisions;

	private final ProgrammeService programme;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GroupService(IdeaGroupRepository groups, GroupMemberRepository members, FiledIdeas filedIdeas,
			IdeaDecisionService decisions, ProgrammeService programme, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.members = members;
		this.filedIdeas = filedIdeas;
		this.decisions = decisions;
		this.programme = programme;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts an empty group under a programme goal.
	 * @return the new group's id
	 */
	@RolesAllowed(Roles.MODERATOR)
	public Long create(Long goalId, String name, String summary) {
		String cleanName = GroupRules.clean(name);
		String cleanSummary = GroupRules.clean(summary);
		List<Rejection.Problem> problems = new ArrayList<>(GroupRules.problems(cleanName, cleanSummary));
		if (goalId == null
				|| programme.overview(Languages.DUTCH).goals().stream().noneMatch(goal -> goal.id().equals(goalId))) {
			problems.add(new Rejection.Problem("goal", "moderation.error.goal"));
		}
		else if (groups.existsByGoalIdAndNameIgnoreCase(goalId, cleanName)) {
			problems.add(nameTaken());
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		IdeaGroup group;
		try {
			group = groups.saveAndFlush(new IdeaGroup(goalId, cleanName, cleanSummary, clock.instant()));
		}
		catch (DataIntegrityViolationException sameNameAtOnce) {
			throw new Rejection(List.of(nameTaken()));
		}
		events.publishEvent(new ModerationActionTaken(ModerationActions.GROUP_CREATE, "group", group.getId(), "",
				description(group), ""));
		return group.getId();
	}

	/** Changes a group's name and public summary. */
	@RolesAllowed(Roles.MODERATOR)
	public void edit(Long groupId, int expectedVersion, String name, String summary) {
		String cleanName = GroupRules.clean(name);
		String cleanSummary = GroupRules.clean(summary);
		List<Rejection.Problem> problems = GroupRules.problems(cleanName, cleanSummary);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		IdeaGroup group = atVersion(groupId, expectedVersion);
		if (groups.existsByGoalIdAndNameIgnoreCaseAndIdNot(group.getGoalId(), cleanName, groupId)) {
			throw new Rejection(List.of(nameTaken()));
		}
		String before = description(group);
		group.describe(cleanName, cleanSummary, clock.instant());
		flushOrConflict();
		events.publishEvent(new ModerationActionTaken(ModerationActions.GROUP_EDIT, "group", groupId, before,
				description(group), ""));
	}

	/** Dissolves a group; its ideas stay, in no group. */
	@RolesAllowed(Roles.MODERATOR)
	public void dissolve(Long groupId, int expectedVersion) {
		IdeaGroup group = atVersion(groupId, expectedVersion);
		String ideaIds = members.findByGroupId(groupId)
			.stream()
			.map(member -> String.valueOf(member.getIdeaId()))
			.sorted()
			.collect(Collectors.joining(","));
		String before = description(group) + " ideas=" + ideaIds;
		members.deleteByGroup(groupId);
		groups.delete(group);
		flushOrConflict();
		events.publishEvent(
				new ModerationActionTaken(ModerationActions.GROUP_DISSOLVE, "group", groupId, before, "", ""));
		events.publishEvent(new GroupDissolved(groupId));
	}

	/**
	 * The group an idea is in, if any: news about the idea reaches those who follow its
	 * group too. Which group is public (the programme page shows it).
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<Long> groupOf(Long ideaId) {
		return members.findById(ideaId).map(GroupMember::getGroupId);
	}

	/**
	 * Puts an idea into a group, into another group, or (with {@code targetGroupId}
	 * {@code null}) out of its group. Only public ideas under the group's own goal may
	 * join. Asking again for what is already so changes nothing.
	 * @param expectedGroupId the group the moderator saw the idea in, {@code null} for
	 * none
	 */
	@RolesAllowed(Roles.MODERATOR)
	public void moveIdea(Long ideaId, Long expectedGroupId, Long targetGroupId) {
		Optional<GroupMember> current = members.findById(ideaId);
		Long currentGroupId = current.map(GroupMember::getGroupId).orElse(null);
		if (Objects.equals(currentGroupId, targetGroupId)) {
			return;
		}
		if (!Objects.equals(currentGroupId, expectedGroupId)) {
			throw new Rejection(CHANGED_MEANWHILE);
		}
		Instant now = clock.instant();
		if (targetGroupId != null) {
			IdeaGroup target = groups.findById(targetGroupId)
				.orElseThrow(() -> new Rejection("moderation.group.error.gone"));
			FiledIdea idea = filedIdeas.publicIdea(ideaId)
				.orElseThrow(() -> new Rejection("moderation.group.error.notPublic"));
			if (idea.goalId() == null) {
				throw new Rejection("moderation.group.error.unfiled");
			}
			if (!idea.goalId().equals(target.getGoalId())) {
				throw new Rejection("moderation.group.error.otherGoal");
			}
			target.membersChanged(now);
		}
		if (current.isPresent()) {
			groups.findById(currentGroupId).ifPresent(old -> old.membersChanged(now));
			if (targetGroupId == null) {
				members.delete(current.get());
			}
			else {
				current.get().moveTo(targetGroupId, now);
			}
		}
		else {
			members.save(new GroupMember(ideaId, targetGroupId, now));
		}
		flushOrConflict();
		ModerationActions action = currentGroupId == null ? ModerationActions.GROUP_ADD_IDEA
				: targetGroupId == null ? ModerationActions.GROUP_REMOVE_IDEA : ModerationActions.GROUP_MOVE_IDEA;
		events.publishEvent(
				new ModerationActionTaken(action, "group", targetGroupId == null ? currentGroupId : targetGroupId,
						placement(ideaId, currentGroupId), placement(ideaId, targetGroupId), ""));
	}

	/**
	 * Starts a group under a programme goal with the given ideas in it, all or nothing:
	 * the way a moderator groups similar ideas from a hint on the goal board.
	 * @return the new group's id
	 */
	@RolesAllowed(Roles.MODERATOR)
	public Long createWith(Long goalId, String name, String summary, List<IdeaPlacement> ideas) {
		requireSome(ideas);
		Long groupId = create(goalId, name, summary);
		ideas.forEach(idea -> moveIdea(idea.ideaId(), idea.groupId(), groupId));
		return groupId;
	}

	/** Puts the given ideas into a group, all or nothing. */
	@RolesAllowed(Roles.MODERATOR)
	public void addAll(Long groupId, List<IdeaPlacement> ideas) {
		requireSome(ideas);
		ideas.forEach(idea -> moveIdea(idea.ideaId(), idea.groupId(), groupId));
	}

	private static void requireSome(List<IdeaPlacement> ideas) {
		if (ideas == null || ideas.isEmpty()) {
			throw new Rejection(List.of(new Rejection.Problem("ideas", "board.similar.error.none")));
		}
	}

	/**
	 * Files an idea under another programme goal (keeping its themes); it leaves a group
	 * of its old goal when the filing is told ({@link GroupsFollowFiling}).
	 * @param expectedIdeaVersion the version of the idea the moderator saw
	 */
	@RolesAllowed(Roles.MODERATOR)
	public void moveToGoal(Long ideaId, int expectedIdeaVersion, Long goalId) {
		decisions.moveToGoal(ideaId, expectedIdeaVersion, goalId);
	}

	/** Where an idea is, in codes a reader of the audit trail recognises. */
	static String placement(Long ideaId, Long groupId) {
		return "idea=" + ideaId + " group=" + (groupId == null ? "-" : groupId);
	}

	private static String description(IdeaGroup group) {
		return "goal=" + group.getGoalId() + " name=" + group.getName() + " summary=" + group.getSummary();
	}

	private static Rejection.Problem nameTaken() {
		return new Rejection.Problem("name", "moderation.group.error.nameTaken");
	}

	/** The group as the moderator saw it; refused when it changed or vanished since. */
	private IdeaGroup atVersion(Long groupId, int expectedVersion) {
		IdeaGroup group = groups.findById(groupId).orElseThrow(() -> new Rejection("moderation.group.error.gone"));
		if (group.getVersion() != expectedVersion) {
			throw new Rejection(CHANGED_MEANWHILE);
		}
		return group;
	}

	/**
	 * Writes now, so that a change by someone else in the meantime (or the same idea put
	 * into a group twice at once) is told, not lost.
	 */
	private void flushOrConflict() {
		try {
			groups.flush();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrentChange) {
			throw new Rejection(CHANGED_MEANWHILE);
		}
	}

}
