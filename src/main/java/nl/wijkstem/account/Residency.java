package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Column;
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

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	/** The account while the verification holds; the database keeps one per account. */
	@Column(name = "active_account_id")
	private Long activeAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ResidencyMethod method;

	@Column(name = "address_id")
	private Long addressId;

	@Column(name = "code_id")
	private Long codeId;

	@Column(name = "verified_at", nullable = false)
	private Instant verifiedAt;

	@Column(name = "verified_by")
	private Long verifiedBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private Long revokedBy;

	@Column(name = "revoke_reason")
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
