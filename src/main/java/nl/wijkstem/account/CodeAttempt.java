package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One try to redeem a letter code: who, from where, when and what came of it. The code
 * itself is never kept; a real code's row is linked when one was found. Kept for its
 * retention period also after the account is deleted, then without the account.
 */
@Entity
@Table(name = "code_attempt")
class CodeAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** A keyed pseudonym of the person, the same for every account they make. */
	private String person;

	private Long accountId;

	private String clientAddress;

	private Instant attemptedAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	/** Counts towards the limits: the code did not verify anyone. */
	private boolean failed;

	private Long codeId;

	protected CodeAttempt() {
	}

	CodeAttempt(String person, Long accountId, String clientAddress, Outcome outcome, Long codeId, Instant now) {
		this.person = person;
		this.accountId = accountId;
		this.clientAddress = clientAddress;
		this.outcome = outcome;
		this.failed = outcome.failed;
		this.codeId = codeId;
		this.attemptedAt = now;
	}

	Instant getAttemptedAt() {
		return attemptedAt;
	}

	Outcome getOutcome() {
		return outcome;
	}

	String getClientAddress() {
		return clientAddress;
	}

	/**
	 * What came of an attempt. Only attempts with a code that could have been right but
	 * did not verify count as failed: typing errors in the form (too short, letters that
	 * codes never have) can never hit a code, and refused attempts must not extend their
	 * own lock.
	 */
	enum Outcome {

		VERIFIED(false, null), MALFORMED(false, "residency.error.codeFormat"),
		UNKNOWN(true, "residency.error.unknownCode"), EXPIRED(true, "residency.error.expiredCode"),
		WITHDRAWN(true, "residency.error.withdrawnCode"), USED_UP(true, "residency.error.usedUpCode"),
		RATE_LIMITED(false, "residency.error.tooManyAttempts"),
		ALREADY_VERIFIED(false, "residency.error.alreadyVerified");

		final boolean failed;

		final String messageKey;

		Outcome(boolean failed, String messageKey) {
			this.failed = failed;
			this.messageKey = messageKey;
		}

	}

}
