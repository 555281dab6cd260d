package nl.wijkstem.idea;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which statuses make an idea public: {@link IdeaStatus#PUBLISHED} and every step
 * declared after it, except a withdrawn idea and a duplicate (whose supporters are
 * invited to the other idea). Steps added to the enum after PUBLISHED count without a
 * change here.
 */
public final class PublicStatuses {

	/** Declared after PUBLISHED, yet not public. By name: not every one exists yet. */
	private static final Set<String> NOT_PUBLIC = Set.of(IdeaStatus.WITHDRAWN.name(), "DUPLICATE");

	/** All public statuses, in the enum's order. */
	public static final Set<IdeaStatus> ALL = Collections
		.unmodifiableSet(EnumSet.copyOf(Arrays.stream(IdeaStatus.values()).filter(PublicStatuses::isPublic).toList()));

	private PublicStatuses() {
	}

	public static boolean isPublic(IdeaStatus status) {
		return status != null && status.compareTo(IdeaStatus.PUBLISHED) >= 0 && !NOT_PUBLIC.contains(status.name());
	}

}
