package nl.wijkstem.moderation;

import nl.wijkstem.idea.IdeaFiled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea filed under another goal leaves a group of its old goal, in the same
 * transaction as the filing.
 */
@Component
class GroupsFollowFiling {

	private final Memberships memberships;

	GroupsFollowFiling(Memberships memberships) {
		this.memberships = memberships;
	}

	@EventListener
	@Transactional
	void on(IdeaFiled filed) {
		memberships.leaveGroupUnlessUnder(filed.ideaId(), filed.goalId());
	}

}
