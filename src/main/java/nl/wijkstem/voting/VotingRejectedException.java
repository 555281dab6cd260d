package nl.wijkstem.voting;

import java.util.List;

/**
 * The voting services refused what a person asked. Carries translation keys, never text:
 * the view says it in the person's language. Nothing was changed.
 */
public class VotingRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public VotingRejectedException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public VotingRejectedException(String messageKey, Object... arguments) {
		this(List.of(new Problem(null, messageKey, arguments)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** The first problem's translation key, for tests and logs. */
	public String messageKey() {
		return problems.getFirst().messageKey();
	}

	/**
	 * @param field the form field it concerns, or {@code null} for the whole request
	 * @param messageKey translation key of the message
	 * @param arguments values for the message's placeholders
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
