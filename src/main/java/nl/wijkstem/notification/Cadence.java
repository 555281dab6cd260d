package nl.wijkstem.notification;

/** How a kind of notice reaches a resident by e-mail. */
public enum Cadence {

	/** One mail per notice, as soon as it is not quiet hours. */
	IMMEDIATELY,
	/** Gathered into one mail each morning. */
	DAILY,
	/** Gathered into one mail each Monday morning. */
	WEEKLY,
	/** No mail: only the bell in the app. */
	APP_ONLY

}
