package nl.wijkstem.idea;

/**
 * A resident placed a comment under a public idea, or a reply in a comment's thread. The
 * idea's author and the author of the comment replied to may want to know.
 *
 * @param ideaTitle the idea's title (user text)
 * @param commenterId who wrote it
 * @param ideaAuthorId the idea's author, or {@code null} (collected, or a deleted
 * account)
 * @param repliedToAuthorId the author of the comment replied to, or {@code null} for a
 * comment of its own (or when that author deleted their account)
 */
public record CommentPlaced(Long ideaId, String ideaTitle, Long commentId, Long commenterId, Long ideaAuthorId,
		Long repliedToAuthorId) {
}
