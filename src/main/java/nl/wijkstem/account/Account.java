package nl.wijkstem.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * A person who signed in at least once. The identity provider's subject is kept only as a
 * keyed hash: behind a DigiD broker it may be a citizen service number, which Wijkstem
 * must not store.
 */
@Entity
@Table(name = "account")
class Account extends AbstractEntity {

	private String issuer;

	private String subjectHash;

	private String displayName;

	private String email;

	private Instant createdAt;

	private Instant lastSignInAt;

	/**
	 * Whether they signed in last as programme bureau staff (moderator or administrator):
	 * the identity provider gives roles at each sign-in, so this is as fresh as that.
	 */
	private boolean staff;

	protected Account() {
	}

	Account(String issuer, String subjectHash, Instant now) {
		this.issuer = issuer;
		this.subjectHash = subjectHash;
		this.createdAt = now;
		this.lastSignInAt = now;
		this.displayName = "";
	}

	void signedIn(String displayName, String email, Instant now) {
		this.displayName = displayName == null ? "" : displayName;
		this.email = email;
		this.lastSignInAt = now;
	}

	String getSubjectHash() {
		return subjectHash;
	}

	void staff(boolean isStaff) {
		this.staff = isStaff;
	}

	boolean isStaff() {
		return staff;
	}

	String getIssuer() {
		return issuer;
	}

	String getDisplayName() {
		return displayName;
	}

	String getEmail() {
		return email;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getLastSignInAt() {
		return lastSignInAt;
	}

}
