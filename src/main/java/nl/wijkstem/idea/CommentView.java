package nl.wijkstem.idea;

import java.time.Instant;
import java.util.List;

/**
 * A comment as the idea page shows it, with its replies. The body is user text: render as
 * text only; empty when the author deleted it.
 *
 * @param authorName empty when the author is unknown or deleted the account
 * @param editable whether the viewer may still change it (their own, within 15 minutes)
 * @param deletable whether the viewer may delete it (their own)
 * @param hidden whether moderators (or reports awaiting review) hid it; its body is then
 * empty for everyone but its author and moderators
 * @param hiddenReason the moderator's reason, for the author and moderators
 * @param language the language the body seems written in ({@code und} when unclear), so
 * the page can say so to screen readers
 */
public record CommentView(Long id, String authorName, String body, boolean deleted, Instant createdAt, boolean edited,
		boolean mine, boolean editable, boolean deletable, List<CommentView> replies, boolean hidden,
		String hiddenReason, String language) {
}
