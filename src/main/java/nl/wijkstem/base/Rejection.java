package nl.wijkstem.base;

import java.util.List;

/**
 * A service refused what a person asked, for a reason they can fix or should know;
 * nothing was changed. Carries translation keys, never text: the view says it in the
 * person's language, next to the field it concerns where there is one
 * ({@code base.ui.RejectionMessages}).
 */
public class Rejection extends RuntimeException {

	private final List<Problem> problems;

	public Rejection(List<Problem> problems) {
		super(problems.toString());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a rejection names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public Rejection(String messageKey, Object... arguments) {
		this(List.of(new Problem(null, messageKey, arguments)));
	}

	/** Refuses when there is anything to refuse for. */
	public static void rejectIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	public List<Problem> problems() {
		return problems;
	}

	/** The first problem's translation key, for views that react to one and for logs. */
	public String messageKey() {
		return problems.getFirst().messageKey();
	}

	/** The first problem's values for its message's placeholders. */
	public Object[] arguments() {
		return problems.getFirst().arguments().clone();
	}

	/**
	 * @param field the form field it concerns, or {@code null} for the whole request
	 * @param messageKey translation key of the message
	 * @param arguments values for the message's placeholders
	 */
	public record Problem(String field, String messageKey, Object... arguments) {

		@Override
		public String toString() {
			return (field == null ? "" : field + ": ") + messageKey;
		}

	}

}
