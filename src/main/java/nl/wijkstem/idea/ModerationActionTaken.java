package nl.wijkstem.idea;

/**
 * A moderator or administrator changed residents' content or its place in the programme.
 * Published inside the transaction of the change, so a trail kept from these events never
 * misses an action and never records one that was rolled back.
 *
 * @param action a stable code such as {@code idea.publish} or {@code comment.hide}
 * @param subjectType what was acted on: {@code idea}, {@code comment} or {@code group}
 * @param before the relevant state before the action, in words a person can read
 * @param after the state after it
 * @param reason the moderator's reason, empty when none was asked
 */
public record ModerationActionTaken(String action, String subjectType, Long subjectId, String before, String after,
		String reason) {
}
