package nl.wijkstem.idea;

/**
 * A resident reported an idea, or a comment on it, to the moderators.
 *
 * @param commentId the reported comment, or {@code null} when the idea itself was
 * reported
 */
public record ContentReported(Long ideaId, Long commentId, ReportReason reason) {
}
