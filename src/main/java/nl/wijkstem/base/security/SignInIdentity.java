package nl.wijkstem.base.security;

import java.util.Optional;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who signed in, in the terms Wijkstem keeps: the issuer and the subject it gave, a name
 * to show and an optional e-mail address. The subject is never shown: behind a DigiD
 * broker it may be a citizen service number.
 *
 * @param issuer the identity provider, or {@link #DEMO_ISSUER} for demo accounts
 * @param subject the provider's identifier of the person
 * @param displayName the name to greet them with; empty when the provider gave none
 * @param email an e-mail address if the provider shared one
 * @param emailVerified whether the provider says it verified that address
 * ({@code email_verified}); an address it did not verify is only a suggestion
 */
public record SignInIdentity(String issuer, String subject, String displayName, String email, boolean emailVerified) {

	public static final String DEMO_ISSUER = "wijkstem-demo";

	public static Optional<SignInIdentity> of(Object principal) {
		if (principal instanceof DemoUser demo) {
			return Optional.of(new SignInIdentity(DEMO_ISSUER, demo.getUsername(), demo.getDisplayName(), null, false));
		}
		if (principal instanceof OidcUser oidc) {
			return Optional.of(new SignInIdentity(String.valueOf(oidc.getIssuer()), oidc.getSubject(),
					firstPresent(oidc.getFullName(), oidc.getPreferredUsername(), oidc.getGivenName()), oidc.getEmail(),
					Boolean.TRUE.equals(oidc.getEmailVerified())));
		}
		return Optional.empty();
	}

	private static String firstPresent(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return "";
	}

}
