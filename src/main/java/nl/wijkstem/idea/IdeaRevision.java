package nl.wijkstem.idea;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text of an idea before a moderator changed it, with who did it and why. Kept so
 * nothing a resident wrote disappears without a trace.
 */
@Entity
@Table(name = "idea_revision")
class IdeaRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "idea_id", nullable = false)
	private Long ideaId;

	@Column(name = "editor_id")
	private Long editorId;

	@Column(nullable = false)
	private String reason;

	@Column(name = "title_before", nullable = false)
	private String titleBefore;

	@Column(name = "description_before", nullable = false)
	private String descriptionBefore;

	@Column(name = "location_before")
	private String locationBefore;

	@Column(name = "revised_at", nullable = false)
	private Instant revisedAt;

	protected IdeaRevision() {
	}

	IdeaRevision(Idea before, Long editorId, String reason, Instant now) {
		this.ideaId = before.getId();
		this.editorId = editorId;
		this.reason = reason;
		this.titleBefore = before.getTitle();
		this.descriptionBefore = before.getDescription();
		this.locationBefore = before.getLocationText();
		this.revisedAt = now;
	}

	Long getEditorId() {
		return editorId;
	}

	String getReason() {
		return reason;
	}

	String getTitleBefore() {
		return titleBefore;
	}

	String getDescriptionBefore() {
		return descriptionBefore;
	}

	Instant getRevisedAt() {
		return revisedAt;
	}

}
