package nl.wijkstem.moderation.bureau;

/**
 * Someone else works on the item: nothing was changed. Carries who, so the moderator can
 * be told.
 */
public class ClaimTakenException extends RuntimeException {

	private final transient ClaimState holder;

	ClaimTakenException(ClaimState holder) {
		super("Item " + holder.ideaId() + " is claimed by account " + holder.holderId());
		this.holder = holder;
	}

	public ClaimState holder() {
		return holder;
	}

}
