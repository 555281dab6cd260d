package nl.wijkstem.idea;

/**
 * A photo a moderator adds to a progress update, with its description for people who
 * cannot see it.
 */
public record UpdatePhoto(String fileName, byte[] bytes, String altText) {
}
