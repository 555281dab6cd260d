package nl.wijkstem.idea;

/**
 * What a resident can do about an idea's support, as {@link IdeaService#support} would
 * answer: so a view offers the button only where a click would count.
 */
public enum SupportChance {

	/** Support would be added. */
	OPEN,
	/** The resident already supports it. */
	SUPPORTED,
	/** The resident's own idea: there is nothing to support instead of proposing it. */
	OWN,
	/**
	 * The idea takes no support (any more): hidden, in progress, done, cannot be done.
	 */
	CLOSED;

	public boolean isOpen() {
		return this == OPEN;
	}

}
