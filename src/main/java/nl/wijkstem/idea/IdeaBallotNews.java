package nl.wijkstem.idea;

import java.util.Set;

/**
 * An idea went onto a voting round's ballot, was chosen by residents, or went back (not
 * chosen, or taken off before voting). Its author and supporters may want to know, above
 * all so that they can vote.
 *
 * @param title the idea's title (user text)
 * @param status the idea's status now
 * @param roundId the voting round, for the news to link to
 * @param roundTitle the voting round's name
 * @param authorId its author, or {@code null}
 * @param supporterIds the residents who support it, without the author
 */
public record IdeaBallotNews(Long ideaId, String title, IdeaStatus status, Long roundId, String roundTitle,
		Long authorId, Set<Long> supporterIds) {

	/** What happened, as a code: {@code ON_BALLOT}, {@code CHOSEN} or {@code BACK}. */
	public String kind() {
		return status == IdeaStatus.ON_BALLOT || status == IdeaStatus.CHOSEN ? status.name() : "BACK";
	}

}
