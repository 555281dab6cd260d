package nl.wijkstem.account;

/** The parts of an address a person types, to tell which one is wrong. */
public enum AddressField {

	STREET, HOUSE_NUMBER, ADDITION, POSTCODE, PLACE

}
