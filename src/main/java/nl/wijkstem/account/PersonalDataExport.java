package nl.wijkstem.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Wijkstem keeps about a person, in the form they download it.
 */
record PersonalDataExport(String displayName, String email, String signedInWith, Instant accountCreatedAt,
		Instant lastSignInAt, List<ResidencyRecord> residency, List<CodeAttemptRecord> residencyCodeAttempts,
		Map<String, Object> activity, String note) {

	/**
	 * @param activity what other parts of Wijkstem keep (ideas, ballots, notices), by
	 * section
	 */
	static PersonalDataExport of(AccountSummary account, List<ResidencyStatus> residency, List<CodeAttempt> attempts,
			Map<String, Object> activity) {
		return new PersonalDataExport(account.displayName(), account.email(), account.issuer(), account.createdAt(),
				account.lastSignInAt(), residency.stream().map(ResidencyRecord::of).toList(),
				attempts.stream()
					.map(attempt -> new CodeAttemptRecord(attempt.getAttemptedAt(), attempt.getOutcome().name(),
							attempt.getClientAddress()))
					.toList(),
				activity,
				"Wijkstem does not store your citizen service number (BSN). The identifier your "
						+ "identity provider gave is kept only as a keyed hash. Letter codes you typed "
						+ "are never stored.");
	}

	/**
	 * One verification as a resident of the area.
	 *
	 * @param method CODE (letter), CLAIM (identity provider) or IN_PERSON (programme
	 * bureau)
	 */
	record ResidencyRecord(boolean inForce, String method, Instant verifiedAt, String address, Instant revokedAt,
			String revokeReason) {

		static ResidencyRecord of(ResidencyStatus status) {
			return new ResidencyRecord(status.verified(), status.method().name(), status.verifiedAt(), status.address(),
					status.revokedAt(), status.revokeReason());
		}

	}

	/** One try to redeem a letter code (the code itself is never kept). */
	record CodeAttemptRecord(Instant at, String outcome, String networkAddress) {
	}

}
