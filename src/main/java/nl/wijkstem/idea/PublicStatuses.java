package nl.wijkstem.idea;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The statuses in which an idea counts for groups, the goal board and the programme
 * overview: those listed for everyone ({@link IdeaStatus#isListed()}; hidden ideas are
 * left out by the queries).
 */
public final class PublicStatuses {

	/** All listed statuses, in the enum's order. */
	public static final Set<IdeaStatus> ALL = Collections.unmodifiableSet(EnumSet.copyOf(IdeaStatus.listed()));

	private PublicStatuses() {
	}

	public static boolean isPublic(IdeaStatus status) {
		return status != null && status.isListed();
	}

}
