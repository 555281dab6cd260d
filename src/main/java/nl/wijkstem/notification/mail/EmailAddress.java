package nl.wijkstem.notification.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * A resident's e-mail address. Mail goes only to {@link #address}, which was confirmed
 * (by its link, or by an identity provider that says it verified it); a new address waits
 * in {@link #pendingAddress} until its link is followed, and the old one is used
 * meanwhile, so a typo does not silence an address that works.
 */
@Entity
@Table(name = "email_address")
class EmailAddress extends AbstractEntity {

	/** How long a confirmation link works. */
	static final Duration CONFIRMATION_VALID_FOR = Duration.ofHours(24);

	enum Source {

		/** Typed by the resident and confirmed through the link. */
		RESIDENT,

		/** Given by the identity provider, which said it verified it. */
		PROVIDER

	}

	@Column(updatable = false)
	private Long accountId;

	private String address;

	@Enumerated(EnumType.STRING)
	private Source source;

	private Instant confirmedAt;

	private String pendingAddress;

	private String tokenHash;

	private Instant tokenExpiresAt;

	private String language;

	private Instant failedAt;

	private String failure;

	@Column(updatable = false)
	private Instant createdAt;

	protected EmailAddress() {
	}

	EmailAddress(Long accountId, String language, Instant now) {
		this.accountId = accountId;
		this.language = language;
		this.createdAt = now;
	}

	/**
	 * Waits for the confirmation of a new address; a link sent earlier stops working.
	 */
	void requested(String typed, String language, String newTokenHash, Instant now) {
		this.pendingAddress = typed;
		this.language = language;
		this.tokenHash = newTokenHash;
		this.tokenExpiresAt = now.plus(CONFIRMATION_VALID_FOR);
	}

	/**
	 * Makes the pending address the one mail goes to, if the link still works; a link
	 * works once.
	 * @return whether it was confirmed
	 */
	boolean confirm(Instant now) {
		if (pendingAddress == null || tokenExpiresAt == null || !now.isBefore(tokenExpiresAt)) {
			return false;
		}
		use(pendingAddress, Source.RESIDENT, now);
		// the confirmation mail arrived there, so the address works again, even after a
		// bounce of the same address
		failedAt = null;
		failure = null;
		pendingAddress = null;
		tokenHash = null;
		tokenExpiresAt = null;
		return true;
	}

	/**
	 * An address the identity provider verified, used unless the resident confirmed one
	 * of their own.
	 */
	void verifiedByProvider(String verified, Instant now) {
		if (address == null || source == Source.PROVIDER) {
			use(verified, Source.PROVIDER, now);
		}
	}

	private void use(String confirmed, Source how, Instant now) {
		if (!confirmed.equalsIgnoreCase(address == null ? "" : address)) {
			// a new address gets a fresh start after a bounce of the old one
			failedAt = null;
			failure = null;
		}
		this.address = confirmed;
		this.source = how;
		this.confirmedAt = now;
	}

	Long getAccountId() {
		return accountId;
	}

	/** Where mail goes; {@code null} while no address is confirmed. */
	String getAddress() {
		return address;
	}

	String getPendingAddress() {
		return pendingAddress;
	}

	String getLanguage() {
		return language;
	}

	/** The language mail to this resident is written in from now on. */
	void writeIn(String language) {
		this.language = language;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

	Source getSource() {
		return source;
	}

	/**
	 * When the mail server said the address does not work; {@code null} while it works.
	 */
	Instant getFailedAt() {
		return failedAt;
	}

	/** The mail server's reply when it refused the address for good. */
	String getFailure() {
		return failure;
	}

}
