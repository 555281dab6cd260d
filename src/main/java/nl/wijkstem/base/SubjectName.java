package nl.wijkstem.base;

/**
 * The name of a subject ({@link SubjectNames}), or of what it belongs to when it has no
 * name of its own: a comment is known by its idea. Type and id say whose name it is, and
 * so which page to link to.
 *
 * @param name a name as people wrote it (user text)
 */
public record SubjectName(String type, Long id, String name) {
}
