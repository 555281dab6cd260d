package nl.wijkstem.notification;

/**
 * What a notice is about, as residents choose how it reaches them: each kind has its own
 * e-mail cadence under <em>Mijn gegevens</em> and its own unsubscribe link.
 */
public enum NoticeKind {

	/** Decisions and answers about what I sent in: ideas, and reports. */
	MY_IDEAS(Cadence.IMMEDIATELY),
	/** News about ideas I support. */
	SUPPORTED(Cadence.WEEKLY),
	/** News about ideas, groups, goals, themes, rounds and consultations I follow. */
	FOLLOWED(Cadence.WEEKLY),
	/** A voting round opens or its results are out. */
	VOTING(Cadence.WEEKLY),
	/** Results and outcomes of consultations I answered. */
	CONSULTATIONS(Cadence.WEEKLY),
	/** Replies to my comments and comments on my ideas. */
	REPLIES(Cadence.WEEKLY);

	private final Cadence defaultCadence;

	NoticeKind(Cadence defaultCadence) {
		this.defaultCadence = defaultCadence;
	}

	/** What applies until the resident chooses otherwise. */
	public Cadence defaultCadence() {
		return defaultCadence;
	}

	/**
	 * The kind of a notice by its message key. Every key the notification module writes
	 * maps to one kind ({@code NoticeKindTest} checks every key in the bundles).
	 * @throws IllegalArgumentException for a key no kind covers
	 */
	public static NoticeKind of(String messageKey) {
		String key = messageKey.endsWith(Notice.SEVERAL)
				? messageKey.substring(0, messageKey.length() - Notice.SEVERAL.length()) : messageKey;
		if (key.startsWith("notice.follow.")) {
			return FOLLOWED;
		}
		if (key.startsWith("notice.round.")) {
			return VOTING;
		}
		if (key.startsWith("notice.consultation.")) {
			return CONSULTATIONS;
		}
		if (key.startsWith("notice.comment.")) {
			return REPLIES;
		}
		if (key.equals("notice.supported") || key.startsWith("notice.ballot.") && key.endsWith(".supporter")) {
			return SUPPORTED;
		}
		if (key.startsWith("notice.decision.") || key.startsWith("notice.outcome.") || key.startsWith("notice.report.")
				|| key.startsWith("notice.ballot.") && key.endsWith(".author")) {
			return MY_IDEAS;
		}
		throw new IllegalArgumentException("No kind of notice for " + messageKey);
	}

}
