package nl.wijkstem.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One moderation action in the audit trail. Written once and never changed: there are no
 * setters, Hibernate ignores changes to an immutable entity, and the repository offers
 * neither update nor delete.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	static final int NAME_MAX = 200;

	static final int ACTION_MAX = 60;

	static final int SUBJECT_TYPE_MAX = 30;

	static final int STATE_MAX = 10_000;

	static final int REASON_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private Instant occurredAt;

	@Column(updatable = false)
	private Long actorId;

	@Column(updatable = false)
	private String actorName;

	@Column(name = "action_code", nullable = false, updatable = false)
	private String action;

	@Column(updatable = false)
	private String subjectType;

	@Column(updatable = false)
	private Long subjectId;

	@Column(name = "state_before", updatable = false)
	private String before;

	@Column(name = "state_after", updatable = false)
	private String after;

	@Column(updatable = false)
	private String reason;

	protected AuditEntry() {
	}

	/**
	 * @param actorId the account that acted, {@code null} when there was none
	 * @param actorName the name it had at that moment, kept even when the account goes
	 */
	AuditEntry(Instant occurredAt, Long actorId, String actorName, String action, String subjectType, Long subjectId,
			String before, String after, String reason) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = shortened(actorName, NAME_MAX);
		this.action = shortened(action, ACTION_MAX);
		this.subjectType = shortened(subjectType, SUBJECT_TYPE_MAX);
		this.subjectId = subjectId;
		this.before = shortened(before, STATE_MAX);
		this.after = shortened(after, STATE_MAX);
		this.reason = shortened(reason, REASON_MAX);
	}

	/**
	 * Longer values are cut with an ellipsis rather than refused: the action must go on.
	 */
	private static String shortened(String value, int max) {
		String text = value == null ? "" : value;
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
