package nl.wijkstem.audit;

/**
 * A kind of moderation action, with the stable code the audit trail keeps. Every module
 * that publishes {@link ModerationActionTaken} lists its actions as an enum implementing
 * this, so every code the trail can hold is known in one walk over those enums (the audit
 * trail's labels are checked that way). Not a functional interface on purpose:
 * {@code name()} is the enum's own.
 */
public interface ModerationAction {

	/** The code kept in the trail, such as {@code idea.publish}; never changes. */
	String code();

	String name();

}
