package nl.wijkstem.consultation;

/**
 * How much a resident may write or choose in an answer. The service refuses more; the
 * form shows the same limits while typing.
 */
public final class AnswerLimits {

	/** A short open answer: a line. */
	public static final int SHORT_TEXT_MAX = 200;

	/** A long open answer. */
	public static final int LONG_TEXT_MAX = 2000;

	/** A place described in words (as the idea form's place in words). */
	public static final int PLACE_WORDS_MAX = 200;

	/** A remark with a place. */
	public static final int REMARK_MAX = 500;

	/** Places on a map question when the question sets no maximum. */
	public static final int DEFAULT_PLACES = 1;

	/** The largest draft kept, in characters of its stored form. */
	public static final int DRAFT_MAX_CHARS = 200_000;

	private AnswerLimits() {
	}

	/** The places a map question takes at most. */
	public static int placesAllowed(QuestionItem question) {
		return question.maxChoices() == null || question.maxChoices() < 1 ? DEFAULT_PLACES : question.maxChoices();
	}

}
