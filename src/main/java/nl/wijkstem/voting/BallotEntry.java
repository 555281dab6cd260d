package nl.wijkstem.voting;

import nl.wijkstem.idea.PhotoView;

/**
 * One thing on a ballot as residents see it. The title is the resident's text: render as
 * text only.
 *
 * @param ideaId the idea to link to
 * @param photo the idea's first photo, or {@code null}
 * @param cost the estimate in euros (budget rounds), or {@code null}
 */
public record BallotEntry(Long itemId, Long ideaId, String title, PhotoView photo, Long cost, int position) {
}
