package nl.wijkstem.moderation.bureau;

/**
 * A note that cannot be saved or deleted; nothing changed.
 */
public class NoteRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	NoteRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The translation key that says what is wrong. */
	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
