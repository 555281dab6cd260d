package nl.wijkstem.idea;

import java.time.Instant;

/**
 * One of the signed-in resident's own ideas, in any state.
 *
 * @param hidden whether moderators took it out of view
 * @param latestMessage the programme bureau's latest words about it (user text), or empty
 */
public record MyIdea(Long id, String title, IdeaStatus status, Instant updatedAt, int supportCount, boolean hidden,
		String latestMessage) {
}
