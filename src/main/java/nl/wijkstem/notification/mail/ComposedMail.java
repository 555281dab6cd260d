package nl.wijkstem.notification.mail;

import java.util.Map;

/**
 * A mail ready for the mail server.
 *
 * @param headers extra headers, such as {@code List-Unsubscribe}
 */
record ComposedMail(String to, String subject, String text, String html, Map<String, String> headers) {

	ComposedMail {
		headers = Map.copyOf(headers);
	}

}
