package nl.wijkstem.idea;

/**
 * The bytes of a stored photo, ready to send.
 */
public record PhotoFile(byte[] bytes, String contentType) {

	/** Where photos are served; each request is checked against the idea's visibility. */
	public static final String URL_PREFIX = "/photos/";

}
