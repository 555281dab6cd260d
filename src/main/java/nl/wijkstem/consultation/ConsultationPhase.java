package nl.wijkstem.consultation;

/** Where a consultation is in its life; all but {@link #DRAFT} follow from the clock. */
public enum ConsultationPhase {

	/** Being prepared: only staff see it, in the preview. */
	DRAFT,

	/** Published, not open yet. */
	UPCOMING,

	/** Residents can answer. */
	OPEN,

	/** Answering is over; the results are not out yet. */
	CLOSED,

	/** The results are published. */
	RESULTS;

	public boolean acceptsAnswers() {
		return this == OPEN;
	}

	public boolean isPublic() {
		return this != DRAFT;
	}

}
