package nl.wijkstem.notification.mail;

/**
 * What a resident typed is not one plain e-mail address.
 */
public class InvalidEmailAddressException extends RuntimeException {

	InvalidEmailAddressException() {
		super("not a plain e-mail address");
	}

}
