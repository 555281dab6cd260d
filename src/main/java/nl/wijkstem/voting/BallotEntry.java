package nl.wijkstem.voting;

import java.util.List;

import nl.wijkstem.idea.PhotoView;

/**
 * One thing on a ballot as residents see it: an idea, or a group of ideas. Titles and
 * summaries are residents' and moderators' text: render as text only.
 *
 * @param ideaId the idea to link to; {@code null} for a group
 * @param groupId the group of ideas; {@code null} for an idea
 * @param photo the (first) idea's first photo, or {@code null}
 * @param cost the estimate in euros (budget rounds), or {@code null}
 * @param summary a group's summary; empty for an idea
 * @param ideas a group's ideas; empty for an idea
 */
public record BallotEntry(Long itemId, Long ideaId, Long groupId, String title, PhotoView photo, Long cost,
		int position, String summary, List<IdeaLink> ideas) {

	public boolean isGroup() {
		return groupId != null;
	}

	/** An idea in a group on the ballot, to link to. */
	public record IdeaLink(Long id, String title) {
	}

}
