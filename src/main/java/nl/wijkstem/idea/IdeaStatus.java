package nl.wijkstem.idea;

import java.util.Arrays;
import java.util.List;

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

	private static final List<IdeaStatus> LISTED = Arrays.stream(values()).filter(IdeaStatus::isListed).toList();

	/** Whether everyone may see it (unless a moderator hid it). */
	public boolean isPublic() {
		return compareTo(PUBLISHED) >= 0;
	}

	/** Whether it shows in lists, search and counts: public, and not a duplicate. */
	public boolean isListed() {
		return isPublic() && this != DUPLICATE;
	}

	/** Whether residents can still add their support and comments. */
	public boolean isOpenForSupport() {
		return this == PUBLISHED || this == UNDER_CONSIDERATION || this == ON_BALLOT;
	}

	/** The public statuses moderators move ideas through with an update message. */
	public static List<IdeaStatus> listed() {
		return LISTED;
	}

}
