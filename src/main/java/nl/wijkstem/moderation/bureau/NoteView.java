package nl.wijkstem.moderation.bureau;

import java.time.Instant;

/**
 * An internal note as colleagues read it.
 *
 * @param authorName who wrote it (user text); empty when their account is gone
 * @param body what they wrote (user text: render as text only)
 * @param mine whether the signed-in moderator wrote it (and so may delete it)
 */
public record NoteView(Long id, String authorName, String body, Instant createdAt, boolean mine) {
}
