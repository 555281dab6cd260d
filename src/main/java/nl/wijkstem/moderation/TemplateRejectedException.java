package nl.wijkstem.moderation;

import java.util.List;

/**
 * The service refused a change to the reason templates, for reasons the moderator can fix
 * or should know. Carries translation keys, never text.
 */
public class TemplateRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public TemplateRejectedException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public TemplateRejectedException(String messageKey) {
		this(List.of(new Problem(null, messageKey)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * @param field the form field it concerns ({@code titleNl}, {@code textEn},
	 * {@code kinds}...), or {@code null} for the whole request
	 * @param messageKey translation key of the message
	 * @param arguments values for the message's placeholders
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
