package nl.wijkstem.idea;

import java.util.List;

/**
 * The service refused what a person asked, for a reason they can fix or should know.
 * Carries translation keys, never text: the view says it in the person's language.
 */
public class IdeaRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public IdeaRejectedException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public IdeaRejectedException(String messageKey, Object... arguments) {
		this(List.of(new Problem(null, messageKey, arguments)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * @param field the form field it concerns, or {@code null} for the whole request
	 * @param messageKey translation key of the message
	 * @param arguments values for the message's placeholders
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
