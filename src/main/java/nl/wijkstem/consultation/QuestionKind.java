package nl.wijkstem.consultation;

/** What a question asks for, and so how it is answered and counted. */
public enum QuestionKind {

	/** A heading that starts a part of the questionnaire; nothing to answer. */
	SECTION(false, false),

	/** One of the options. */
	SINGLE_CHOICE(true, true),

	/** Some of the options, at most {@code maxChoices} when set. */
	MULTIPLE_CHOICE(true, true),

	/** A number from 1 to 5 or 1 to 10, with a label at both ends. */
	SCALE(true, false),

	/** All options in the resident's order. */
	RANKING(true, true),

	/** A line of text. */
	SHORT_TEXT(true, false),

	/** Several lines of text. */
	LONG_TEXT(true, false),

	/**
	 * Yes, no or no opinion on the proposal in the question's text; three fixed options.
	 */
	PROPOSAL(true, true),

	/** One or more places on the map inside the area, or described in words. */
	PLACE(true, false);

	private final boolean answerable;

	private final boolean hasOptions;

	QuestionKind(boolean answerable, boolean hasOptions) {
		this.answerable = answerable;
		this.hasOptions = hasOptions;
	}

	public boolean isAnswerable() {
		return answerable;
	}

	public boolean hasOptions() {
		return hasOptions;
	}

	/** Whether later questions may depend on an answer to this one. */
	public boolean canBeCondition() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == PROPOSAL;
	}

	/** Whether answers hold text a moderator reads before anyone else sees it. */
	public boolean hasOpenText() {
		return this == SHORT_TEXT || this == LONG_TEXT || this == PLACE;
	}

}
