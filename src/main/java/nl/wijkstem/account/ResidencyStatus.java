package nl.wijkstem.account;

import java.time.Instant;

/**
 * Whether an account belongs to a verified resident, and how. When it does not, the last
 * verification that was revoked (if any) says since when and why.
 *
 * @param verified whether the account may take part as a resident of the area
 * @param verificationId the verification in force, or the last revoked one; {@code null}
 * if there never was one
 * @param method how the resident was verified
 * @param verifiedAt when
 * @param address the address of a letter code, for the resident's own eyes; {@code null}
 * for the other methods
 * @param revokedAt when the last verification was revoked, if it was
 * @param revokeReason the moderator's reason for that, shown to the resident
 */
public record ResidencyStatus(boolean verified, Long verificationId, ResidencyMethod method, Instant verifiedAt,
		String address, Instant revokedAt, String revokeReason) {

	public static final ResidencyStatus NEVER_VERIFIED = new ResidencyStatus(false, null, null, null, null, null, null);

	public boolean wasRevoked() {
		return !verified && revokedAt != null;
	}

}
