package nl.wijkstem.consultation;

/** Who may answer a consultation. Reading it is open to everyone. */
public enum Audience {

	/** Everyone who signed in. */
	SIGNED_IN,

	/** Only residents whose residency is verified. */
	RESIDENTS

}
