package nl.wijkstem.moderation.ui;

/**
 * Where a moderator can move an idea from the goal board: a group of the goal, out of any
 * group, or another goal.
 *
 * @param groupId the group, or {@code null}
 * @param goalId another goal, or {@code null}
 * @param label how the option reads
 */
record MoveTarget(Long groupId, Long goalId, String label) {

	static MoveTarget group(Long groupId, String label) {
		return new MoveTarget(groupId, null, label);
	}

	static MoveTarget noGroup(String label) {
		return new MoveTarget(null, null, label);
	}

	static MoveTarget goal(Long goalId, String label) {
		return new MoveTarget(null, goalId, label);
	}

	boolean isGoal() {
		return goalId != null;
	}

}
