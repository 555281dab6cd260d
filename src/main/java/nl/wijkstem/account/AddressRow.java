package nl.wijkstem.account;

import java.time.Instant;

/**
 * One address of the area's list as administrators manage it, with what hangs on it.
 *
 * @param version the version shown, so a correction or removal based on an older view is
 * refused
 * @param text the address on one line, e.g. {@code Reigerlaan 12 A, 3132 AB}
 * @param place the town, or {@code null} when the list gave none
 * @param correctedAt when an administrator last corrected it, or {@code null}
 * @param verifiedResidents residents verified now with a code sent to this address
 * @param workingBatch the mail-out whose code for this address still works, or
 * {@code null} when no code for it works
 */
public record AddressRow(Long id, int version, String street, int houseNumber, String addition, String postcode,
		String place, String text, Instant importedAt, Instant correctedAt, long verifiedResidents, Long workingBatch) {

	/** Whether removing it affects residents or a letter on its way. */
	public boolean inUse() {
		return verifiedResidents > 0 || workingBatch != null;
	}

}
