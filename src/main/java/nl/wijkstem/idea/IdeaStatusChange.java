package nl.wijkstem.idea;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step in an idea's public history.
 */
@Entity
@Table(name = "idea_status_change")
class IdeaStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ideaId;

	@Enumerated(EnumType.STRING)
	private IdeaStatus status;

	private Instant changedAt;

	private String note;

	@Enumerated(EnumType.STRING)
	private TimelineKind kind = TimelineKind.STATUS;

	protected IdeaStatusChange() {
	}

	IdeaStatusChange(Long ideaId, IdeaStatus status, Instant changedAt) {
		this(ideaId, status, changedAt, null);
	}

	IdeaStatusChange(Long ideaId, IdeaStatus status, Instant changedAt, String note) {
		this.ideaId = ideaId;
		this.status = status;
		this.changedAt = changedAt;
		this.note = note;
	}

	static IdeaStatusChange of(TimelineKind kind, Long ideaId, IdeaStatus status, Instant at, String note) {
		IdeaStatusChange change = new IdeaStatusChange(ideaId, status, at, note);
		change.kind = kind;
		return change;
	}

	Long getId() {
		return id;
	}

	Long getIdeaId() {
		return ideaId;
	}

	TimelineKind getKind() {
		return kind;
	}

	String getNote() {
		return note == null ? "" : note;
	}

	IdeaStatus getStatus() {
		return status;
	}

	Instant getChangedAt() {
		return changedAt;
	}

}
