package nl.wijkstem.account;

/**
 * A residency request was refused for a reason the person should know, such as an expired
 * code. Carries a translation key, never text: the view says it in the person's language.
 * Nothing was changed.
 */
public class ResidencyRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ResidencyRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
