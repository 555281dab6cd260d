package nl.wijkstem.account;

/**
 * An account a moderator found, to verify in person or to revoke.
 *
 * @param yourself whether this is the searching moderator's own account, which a
 * colleague must verify
 */
public record ResidentCandidate(Long accountId, String displayName, String email, ResidencyStatus status,
		boolean yourself) {
}
