package nl.wijkstem.account;

/**
 * An account became a verified resident of the area.
 *
 * @param verifiedBy the moderator who did it in person; {@code null} for codes and claims
 */
public record ResidencyVerified(Long accountId, ResidencyMethod method, Long verifiedBy) {
}
