package nl.wijkstem.moderation;

import java.time.Clock;
import java.util.Objects;

import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps every idea in a group of its own goal: when an idea is filed under another goal,
 * it leaves its group.
 */
@Component
class Memberships {

	private final GroupMemberRepository members;

	private final IdeaGroupRepository groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Memberships(GroupMemberRepository members, IdeaGroupRepository groups, ApplicationEventPublisher events,
			Clock clock) {
		this.members = members;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the idea out of its group, if it has one under another goal than this one.
	 */
	void leaveGroupUnlessUnder(Long ideaId, Long goalId) {
		members.findById(ideaId).ifPresent(member -> {
			IdeaGroup group = groups.findById(member.getGroupId()).orElse(null);
			if (group != null && Objects.equals(group.getGoalId(), goalId)) {
				return;
			}
			members.delete(member);
			if (group != null) {
				group.membersChanged(clock.instant());
			}
			events.publishEvent(new ModerationActionTaken(ModerationActions.GROUP_IDEA_LEFT, "group",
					member.getGroupId(), GroupService.placement(ideaId, member.getGroupId()),
					GroupService.placement(ideaId, null) + " goal=" + goalId, ""));
		});
	}

}
