package nl.wijkstem.account;

import java.time.Instant;

/**
 * What Wijkstem keeps about a person, as they may see it themselves.
 */
public record AccountSummary(Long id, String displayName, String email, String issuer, Instant createdAt,
		Instant lastSignInAt) {
}
