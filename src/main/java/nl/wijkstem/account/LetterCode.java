package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * The code in one letter, kept only as a keyed hash: whoever reads the database cannot
 * use it.
 */
@Entity
@Table(name = "residency_code")
class LetterCode extends AbstractEntity {

	private Long batchId;

	private Long addressId;

	private String codeHash;

	private Instant withdrawnAt;

	protected LetterCode() {
	}

	LetterCode(Long batchId, Long addressId, String codeHash) {
		this.batchId = batchId;
		this.addressId = addressId;
		this.codeHash = codeHash;
	}

	Long getBatchId() {
		return batchId;
	}

	Long getAddressId() {
		return addressId;
	}

	boolean isWithdrawn() {
		return withdrawnAt != null;
	}

}
