package nl.wijkstem.audit;

/**
 * A moderator or administrator changed residents' content or its place in the programme.
 * Published inside the transaction of the change, so a trail kept from these events never
 * misses an action and never records one that was rolled back.
 *
 * @param action a stable code such as {@code idea.publish} or {@code comment.hide}, from
 * a {@link ModerationAction}
 * @param subjectType what was acted on: {@code idea}, {@code comment} or {@code group}
 * @param before the relevant state before the action: a code (such as a status), a short
 * structured text the audit trail knows how to put in words (such as
 * {@code goal=3 themes=1,2}), or text a person wrote
 * @param after the state after it, in the same way
 * @param reason the moderator's reason, empty when none was asked
 */
public record ModerationActionTaken(String action, String subjectType, Long subjectId, String before, String after,
		String reason) {

	/** The way to publish one: codes come only from {@link ModerationAction} enums. */
	public ModerationActionTaken(ModerationAction action, String subjectType, Long subjectId, String before,
			String after, String reason) {
		this(action.code(), subjectType, subjectId, before, after, reason);
	}

}
