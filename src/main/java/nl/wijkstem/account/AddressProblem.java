package nl.wijkstem.account;

/**
 * What is wrong with one part of an address as typed.
 *
 * @param field the part
 * @param messageKey translation key of what is wrong
 * @param arguments values for the message
 */
public record AddressProblem(AddressField field, String messageKey, Object... arguments) {

	public AddressProblem {
		arguments = arguments.clone();
	}

}
