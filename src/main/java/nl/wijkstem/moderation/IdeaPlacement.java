package nl.wijkstem.moderation;

/**
 * Where a moderator saw an idea on the goal board, so a change to it can be refused when
 * someone moved it meanwhile.
 *
 * @param groupId the group it was in, or {@code null} for none
 */
public record IdeaPlacement(Long ideaId, Long groupId) {
}
