package nl.wijkstem.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every entity: two people saving the same row at
 * once get a conflict instead of silently overwriting each other.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	public Long getId() {
		return id;
	}

	/**
	 * The version a change was based on, for "someone else changed this meanwhile"
	 * checks.
	 */
	public int getVersion() {
		return version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass() || id == null) {
			return false;
		}
		return id.equals(((AbstractEntity) other).id);
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
