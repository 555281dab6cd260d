package nl.wijkstem.moderation;

import java.util.Arrays;
import java.util.Optional;

import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.RevisionReason;

/**
 * The kinds of moderator decision a reason can be written for, each with the person who
 * reads the reason. A reason template lists the kinds it fits, so every form offers only
 * texts written for its own decision and reader. The methods below are the one place that
 * says which kind a moderator's action is.
 */
public enum DecisionKind {

	PUBLISH(Audience.AUTHOR), REQUEST_CHANGES(Audience.AUTHOR), REJECT(Audience.AUTHOR), DUPLICATE(Audience.AUTHOR),
	HIDE(Audience.AUTHOR), REPORT_UPHELD(Audience.AUTHOR), REPORT_DISMISSED(Audience.REPORTERS),
	STATUS_UPDATE(Audience.EVERYONE), SHOW_AGAIN(Audience.AUTHOR), REVISE_CLARITY(Audience.AUTHOR),
	REVISE_PERSONAL_DATA(Audience.AUTHOR), ANSWER(Audience.EVERYONE);

	/** Who reads the reason. */
	public enum Audience {

		/** The author of the idea or comment. */
		AUTHOR,
		/** The residents who reported it. */
		REPORTERS,
		/** Everyone, on the idea's page (its author and supporters are also told). */
		EVERYONE

	}

	private final Audience audience;

	DecisionKind(Audience audience) {
		this.audience = audience;
	}

	public Audience audience() {
		return audience;
	}

	/**
	 * The kind with this name (such as a {@code ModerationDecision}'s), if there is one.
	 */
	public static Optional<DecisionKind> parse(String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}

	/** The first decision on a submitted idea. */
	public static DecisionKind of(ModerationDecision decision) {
		return switch (decision) {
			case PUBLISH -> PUBLISH;
			case REQUEST_CHANGES -> REQUEST_CHANGES;
			case REJECT -> REJECT;
		};
	}

	/** A change of the text, for clarity or to take out personal data. */
	public static DecisionKind of(RevisionReason reason) {
		return switch (reason) {
			case CLARITY -> REVISE_CLARITY;
			case PERSONAL_DATA -> REVISE_PERSONAL_DATA;
		};
	}

	/**
	 * Hiding an idea or comment, or showing it again: both are explained to its author.
	 */
	public static DecisionKind visibility(boolean showAgain) {
		return showAgain ? SHOW_AGAIN : HIDE;
	}

	/**
	 * Closing reports: upheld, the author reads why their text is hidden; dismissed, the
	 * reporters read why it stays.
	 */
	public static DecisionKind reports(boolean upheld) {
		return upheld ? REPORT_UPHELD : REPORT_DISMISSED;
	}

}
