package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * One address in the area, imported by an administrator, that can receive a letter with a
 * code.
 */
@Entity
@Table(name = "residency_address")
class Address extends AbstractEntity {

	private String street;

	private int houseNumber;

	private String addition;

	private String postcode;

	private String place;

	private Instant importedAt;

	private Instant correctedAt;

	private Long correctedBy;

	protected Address() {
	}

	Address(AddressLine line, Instant now) {
		this.street = line.street();
		this.houseNumber = line.houseNumber();
		this.addition = line.addition();
		this.postcode = line.postcode();
		this.place = line.place();
		this.importedAt = now;
	}

	AddressLine line() {
		return new AddressLine(street, houseNumber, addition, postcode, place);
	}

	/**
	 * An administrator corrected a mistake in the address. Its codes and verifications
	 * stay: it is still the same home.
	 */
	void correct(AddressLine corrected, Long by, Instant now) {
		this.street = corrected.street();
		this.houseNumber = corrected.houseNumber();
		this.addition = corrected.addition();
		this.postcode = corrected.postcode();
		this.place = corrected.place();
		this.correctedBy = by;
		this.correctedAt = now;
	}

	Instant getImportedAt() {
		return importedAt;
	}

	Instant getCorrectedAt() {
		return correctedAt;
	}

}
