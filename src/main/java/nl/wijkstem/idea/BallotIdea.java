package nl.wijkstem.idea;

import java.time.Instant;

/**
 * An idea as a ballot shows it. The title is the resident's text: render as text only.
 *
 * @param firstPhoto the idea's first photo, or {@code null}
 * @param submittedAt when it was sent in (for ideas collected on paper: when they were
 * typed in), the basis of the "earlier idea wins" tie-break
 */
public record BallotIdea(Long id, String title, IdeaStatus status, PhotoView firstPhoto, Instant submittedAt) {

	/** Whether its status lets it go on a ballot now ({@link BallotIdeas#ELIGIBLE}). */
	public boolean mayGoOnBallot() {
		return IdeaStatus.BALLOT_ELIGIBLE.contains(status);
	}

}
