package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * That an account belongs to a resident of the area, how that was established, and, once
 * revoked, by whom and why. Revoked verifications stay as a record.
 */
@Entity
@Table(name = "residency")
class Residency extends AbstractEntity {

	private Long accountId;

	/** The account while the verification holds; the database keeps one per account. */
	private Long activeAccountId;

	@Enumerated(EnumType.STRING)
	private ResidencyMethod method;

	private Long addressId;

	private Long codeId;

	private Instant verifiedAt;

	private Long verifiedBy;

	private Instant revokedAt;

	private Long revokedBy;

	private String revokeReason;

	protected Residency() {
	}

	Residency(Long accountId, ResidencyMethod method, Long addressId, Long codeId, Long verifiedBy, Instant now) {
		this.accountId = accountId;
		this.activeAccountId = accountId;
		this.method = method;
		this.addressId = addressId;
		this.codeId = codeId;
		this.verifiedBy = verifiedBy;
		this.verifiedAt = now;
	}

	void revoke(Long by, String reason, Instant now) {
		this.activeAccountId = null;
		this.revokedAt = now;
		this.revokedBy = by;
		this.revokeReason = reason;
	}

	boolean isActive() {
		return revokedAt == null;
	}

	Long getAccountId() {
		return accountId;
	}

	ResidencyMethod getMethod() {
		return method;
	}

	Long getAddressId() {
		return addressId;
	}

	Instant getVerifiedAt() {
		return verifiedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	String getRevokeReason() {
		return revokeReason;
	}

}
