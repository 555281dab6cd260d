package nl.wijkstem.account;

/**
 * How Wijkstem established that someone lives in the area. None of them needs a citizen
 * service number.
 */
public enum ResidencyMethod {

	/** A code from a letter sent to every address in the area. */
	CODE,

	/** The identity provider asserted a postcode or residency attribute of the area. */
	CLAIM,

	/** A moderator saw the resident at the programme bureau. */
	IN_PERSON

}
