package nl.wijkstem.account;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.DisplayFormats;

/**
 * One mail-out: the letters generated together, whose codes stop working together: at the
 * end of a date, or when a voting round's voting closes.
 */
@Entity
@Table(name = "residency_code_batch")
class CodeBatch extends AbstractEntity {

	private Instant createdAt;

	private Long createdBy;

	private LocalDate expiresOn;

	private int letters;

	private Long roundId;

	protected CodeBatch() {
	}

	/**
	 * @param expiresOn the last day printed on the letters
	 * @param roundId the voting round whose closing ends the codes, or {@code null} when
	 * they end with {@code expiresOn}
	 */
	CodeBatch(Long createdBy, LocalDate expiresOn, Long roundId, int letters, Instant now) {
		this.createdBy = createdBy;
		this.expiresOn = expiresOn;
		this.roundId = roundId;
		this.letters = letters;
		this.createdAt = now;
	}

	/**
	 * The first moment the codes no longer work.
	 * @param roundClosesAt when the batch's round closes as it says now, or {@code null}
	 * when the batch has no round or its round is gone: then the end of the printed day
	 */
	Instant endsAt(Instant roundClosesAt) {
		if (roundId != null && roundClosesAt != null) {
			return roundClosesAt;
		}
		return expiresOn.plusDays(1).atStartOfDay(DisplayFormats.DUTCH_TIME).toInstant();
	}

	Long getRoundId() {
		return roundId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * The last day printed on the letters (Dutch time): the day the codes stop working,
	 * or for a batch tied to a round, the day its voting closed when the letters were
	 * made.
	 */
	LocalDate getExpiresOn() {
		return expiresOn;
	}

	int getLetters() {
		return letters;
	}

}
