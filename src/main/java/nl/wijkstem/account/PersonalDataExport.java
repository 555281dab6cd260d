package nl.wijkstem.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.wijkstem.base.Translator;

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
			Map<String, Object> activity, Translator words) {
		return new PersonalDataExport(account.displayName(), account.email(), account.issuer(), account.createdAt(),
				account.lastSignInAt(), residency.stream().map(status -> ResidencyRecord.of(status, words)).toList(),
				attempts.stream()
					.map(attempt -> new CodeAttemptRecord(attempt.getAttemptedAt(),
							words.text("myData.export.attempt." + attempt.getOutcome().name()),
							attempt.getClientAddress()))
					.toList(),
				activity, words.text("myData.export.note"));
	}

	/**
	 * One verification as a resident of the area.
	 *
	 * @param method how: with the letter's code, through the identity provider, or at the
	 * programme bureau, in words
	 */
	record ResidencyRecord(boolean inForce, String method, Instant verifiedAt, String address, Instant revokedAt,
			String revokeReason) {

		static ResidencyRecord of(ResidencyStatus status, Translator words) {
			return new ResidencyRecord(status.verified(),
					status.method() == null ? null : words.text("myData.export.method." + status.method().name()),
					status.verifiedAt(), status.address(), status.revokedAt(), status.revokeReason());
		}

	}

	/**
	 * One try to redeem a letter code (the code itself is never kept), with its outcome
	 * in words.
	 */
	record CodeAttemptRecord(Instant at, String outcome, String networkAddress) {
	}

}
