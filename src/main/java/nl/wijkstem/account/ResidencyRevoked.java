package nl.wijkstem.account;

/**
 * An account is no longer a verified resident: a moderator revoked it, or the identity
 * provider no longer places the person in the area.
 *
 * @param revokedBy the moderator; {@code null} when the provider's claim ended it
 */
public record ResidencyRevoked(Long accountId, Long revokedBy, String reason) {
}
