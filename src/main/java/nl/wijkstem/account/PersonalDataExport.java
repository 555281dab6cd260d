package nl.wijkstem.account;

import java.time.Instant;

/**
 * Everything Wijkstem keeps about a person, in the form they download it.
 */
record PersonalDataExport(String displayName, String email, String signedInWith, Instant accountCreatedAt,
		Instant lastSignInAt, String note) {

	static PersonalDataExport of(AccountSummary account) {
		return new PersonalDataExport(account.displayName(), account.email(), account.issuer(), account.createdAt(),
				account.lastSignInAt(),
				"Wijkstem does not store your citizen service number (BSN). The identifier your "
						+ "identity provider gave is kept only as a keyed hash.");
	}

}
