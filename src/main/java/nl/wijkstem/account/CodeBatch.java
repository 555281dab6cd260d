package nl.wijkstem.account;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * One mail-out: the letters generated together, whose codes expire on the same day.
 */
@Entity
@Table(name = "residency_code_batch")
class CodeBatch extends AbstractEntity {

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(nullable = false)
	private int letters;

	protected CodeBatch() {
	}

	CodeBatch(Long createdBy, LocalDate expiresOn, int letters, Instant now) {
		this.createdBy = createdBy;
		this.expiresOn = expiresOn;
		this.letters = letters;
		this.createdAt = now;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** The last day on which the codes work (Dutch time). */
	LocalDate getExpiresOn() {
		return expiresOn;
	}

	int getLetters() {
		return letters;
	}

}
