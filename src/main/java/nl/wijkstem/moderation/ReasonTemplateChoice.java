package nl.wijkstem.moderation;

/**
 * A reason template as the decision form offers it, in the moderator's language. Title
 * and text are user text.
 */
public record ReasonTemplateChoice(Long id, String title, String text) {
}
