package nl.wijkstem.moderation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of moderator decision a reason can be written for. A reason template lists
 * the kinds it fits, so the decision form offers only texts that make sense there.
 */
public enum DecisionKind {

	PUBLISH, REQUEST_CHANGES, REJECT, DUPLICATE, HIDE, REPORT_UPHELD, REPORT_DISMISSED, STATUS_UPDATE;

	/**
	 * The kind with this name (such as a {@code ModerationDecision}'s), if there is one.
	 */
	public static Optional<DecisionKind> parse(String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}

}
