package nl.wijkstem.idea;

import java.time.Instant;

/**
 * A public idea as the programme overviews show it. The title is user text: render as
 * text only.
 *
 * @param goalId the programme goal it is filed under, or {@code null}
 * @param version the version shown, for moderators' changes that must not overwrite a
 * newer one
 */
public record FiledIdea(Long id, String title, IdeaStatus status, Long goalId, int supportCount, Instant publishedAt,
		int version) {
}
