package nl.wijkstem.notification.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mail to send, written in the transaction that decided it must go. The worker claims
 * it, sends it and only then marks it sent, so a crash can repeat a mail but never lose
 * one. No optimistic version: the worker changes rows with conditional updates under a
 * row lock, never by loading and saving them.
 */
@Entity
@Table(name = "email_outbox")
class OutboxMail {

	enum Kind {

		CONFIRMATION, NOTICE, DIGEST

	}

	enum Status {

		PENDING, SENT, FAILED, BOUNCED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String idempotencyKey;

	@Column(updatable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String payload;

	private boolean urgent;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(String idempotencyKey, Long accountId, Kind kind, String payload, boolean urgent, Instant now) {
		this.idempotencyKey = idempotencyKey;
		this.accountId = accountId;
		this.kind = kind;
		this.payload = payload;
		this.urgent = urgent;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	Long getAccountId() {
		return accountId;
	}

	Kind getKind() {
		return kind;
	}

	String getPayload() {
		return payload;
	}

	Status getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

}
