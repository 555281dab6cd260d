package nl.wijkstem.account;

/**
 * An account a moderator found, to verify in person or to revoke.
 */
public record ResidentCandidate(Long accountId, String displayName, String email, ResidencyStatus status) {
}
