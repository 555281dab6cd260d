package nl.wijkstem.idea;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an idea stands. Everything from {@link #PUBLISHED} on is public; the steps after
 * it are what the programme did with the idea.
 */
public enum IdeaStatus {

	/** Being written; only the author sees it. */
	DRAFT,
	/** Sent in, waiting for a moderator (pre-moderation). */
	SUBMITTED,
	/** Returned to the author with a moderator's request for changes. */
	CHANGES_REQUESTED,
	/** Not published, with the moderator's reason for the author. */
	REJECTED,
	/** Taken back by its author before publication. */
	WITHDRAWN,
	/** Public, open for support and comments. */
	PUBLISHED,
	/** The programme bureau looks into it. */
	UNDER_CONSIDERATION,
	/** Residents can vote on it in a voting round. */
	ON_BALLOT,
	/** Chosen by residents or the programme. */
	CHOSEN,
	/** Being carried out. */
	IN_PROGRESS,
	/** Done. */
	REALISED,
	/** Cannot be done, with the reason why. */
	NOT_FEASIBLE,
	/** The same as another idea, which it links to. */
	DUPLICATE;

	/**
	 * Everyone may open it at its address (unless a moderator hid it): from
	 * {@link #PUBLISHED} on, duplicates included (their page links to the original).
	 */
	public static final Set<IdeaStatus> PUBLIC = Collections.unmodifiableSet(EnumSet.range(PUBLISHED, DUPLICATE));

	/**
	 * In lists, search, the map, counts, groups, the goal board and the programme
	 * overview, and the statuses moderators move ideas through: public, not a duplicate.
	 */
	public static final Set<IdeaStatus> LISTED = Collections.unmodifiableSet(EnumSet.range(PUBLISHED, NOT_FEASIBLE));

	/** Residents can still add their support and comments. */
	public static final Set<IdeaStatus> OPEN_FOR_SUPPORT = Collections
		.unmodifiableSet(EnumSet.of(PUBLISHED, UNDER_CONSIDERATION, ON_BALLOT));

	/** A moderator may put it on a ballot. */
	public static final Set<IdeaStatus> BALLOT_ELIGIBLE = Collections
		.unmodifiableSet(EnumSet.of(PUBLISHED, UNDER_CONSIDERATION));

	/** A status update may show photos of the work. */
	public static final Set<IdeaStatus> WITH_PHOTOS = Collections.unmodifiableSet(EnumSet.of(IN_PROGRESS, REALISED));

	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

	public boolean isListed() {
		return LISTED.contains(this);
	}

	public boolean isOpenForSupport() {
		return OPEN_FOR_SUPPORT.contains(this);
	}

}
