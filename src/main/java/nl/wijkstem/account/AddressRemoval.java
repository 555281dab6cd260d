package nl.wijkstem.account;

/**
 * An administrator's decision to remove an address, made knowing what hangs on it. When
 * the address changed meanwhile (another resident verified through it, a new letter), the
 * removal is refused and shown again.
 *
 * @param verifiedSeen the residents verified through the address, as shown
 * @param workingBatchSeen the mail-out whose code for it still worked, as shown, or
 * {@code null}
 * @param verifications what happens to those residents; required when there are any
 * @param reason why their verification ends, for {@link Verifications#REVOKE}: they read
 * it
 */
public record AddressRemoval(long verifiedSeen, Long workingBatchSeen, Verifications verifications, String reason) {

	/** What happens to the residents verified through a removed address. */
	public enum Verifications {

		/**
		 * They stay verified residents, without an address: the list had a mistake, the
		 * people were right.
		 */
		KEEP,

		/** Their verification ends, with a reason they read. */
		REVOKE

	}

	/** Removing an address nothing hangs on. */
	public static AddressRemoval unused() {
		return new AddressRemoval(0, null, null, null);
	}

}
