package nl.wijkstem.moderation.bureau;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One moderator works on one idea until a moment: after it, the claim counts for nothing
 * and anyone may take the item. The idea's id is the key, so there is never more than
 * one.
 */
@Entity
@Table(name = "moderation_claim")
class Claim {

	@Id
	private Long ideaId;

	// a wrapper, so that a new claim is inserted (and two at once collide on the key)
	@Version
	private Integer version;

	private Long holderId;

	private Long assignedBy;

	private Instant claimedAt;

	private Instant expiresAt;

	protected Claim() {
	}

	Claim(Long ideaId, Long holderId, Long assignedBy, Instant now, Instant until) {
		this.ideaId = ideaId;
		give(holderId, assignedBy, now, until);
	}

	/**
	 * @param by who gave it, {@code null} when the holder took it themselves
	 */
	void give(Long holder, Long by, Instant now, Instant until) {
		holderId = holder;
		assignedBy = Objects.equals(holder, by) ? null : by;
		claimedAt = now;
		expiresAt = until;
	}

	/** The holder is still at it: the claim lasts at least until then. */
	void renew(Instant until) {
		if (until.isAfter(expiresAt)) {
			expiresAt = until;
		}
	}

	boolean isActive(Instant now) {
		return expiresAt.isAfter(now);
	}

	boolean isHeldBy(Long accountId) {
		return holderId.equals(accountId);
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getHolderId() {
		return holderId;
	}

	Long getAssignedBy() {
		return assignedBy;
	}

	Instant getClaimedAt() {
		return claimedAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
