package nl.wijkstem.idea;

import nl.wijkstem.base.Rejection;
import java.util.List;

/** The reason a moderator gives for an action: required, and not too long. */
final class Reasons {

	private static final int REASON_MIN = 10;

	private static final int REASON_MAX = 2000;

	private Reasons() {
	}

	static String required(String text) {
		String reason = IdeaRules.clean(text);
		if (reason.length() < REASON_MIN) {
			throw new Rejection(List.of(new Rejection.Problem("message", "moderation.error.message", REASON_MIN)));
		}
		if (reason.length() > REASON_MAX) {
			throw new Rejection(List.of(new Rejection.Problem("message", "idea.error.tooLong", REASON_MAX)));
		}
		return reason;
	}

}
