package nl.wijkstem.consultation;

/**
 * Something a consultation's outcome links to, as residents see it.
 *
 * @param title its name in the reader's language where it has languages (user text)
 * @param path its public page, a path inside Wijkstem such as {@code ideas/12}
 */
public record OutcomeTarget(OutcomeLinkKind kind, Long id, String title, String path) {
}
