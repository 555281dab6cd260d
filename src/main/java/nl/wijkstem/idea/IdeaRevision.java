package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text of an idea before a moderator changed it, with who did it and why. Kept so
 * nothing a resident wrote disappears without a trace, unless it held personal data: then
 * the parts that held it are removed ({@link #redact}) and only who removed which parts,
 * and when, stays.
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

	@Enumerated(EnumType.STRING)
	@Column(name = "reason_kind", nullable = false)
	private RevisionReason reasonKind;

	@Column(nullable = false)
	private String reason;

	@Column(name = "title_before")
	private String titleBefore;

	@Column(name = "description_before")
	private String descriptionBefore;

	@Column(name = "location_before")
	private String locationBefore;

	@Column(name = "revised_at", nullable = false)
	private Instant revisedAt;

	/**
	 * The removed parts as {@link IdeaTextField} names, comma-separated; null if none.
	 */
	@Column(name = "redacted_fields")
	private String redactedFields;

	@Column(name = "redacted_at")
	private Instant redactedAt;

	@Column(name = "redacted_by")
	private Long redactedBy;

	protected IdeaRevision() {
	}

	IdeaRevision(Idea before, Long editorId, RevisionReason reasonKind, String reason, Instant now) {
		this.ideaId = before.getId();
		this.editorId = editorId;
		this.reasonKind = reasonKind;
		this.reason = reason;
		this.titleBefore = before.getTitle();
		this.descriptionBefore = before.getDescription();
		this.locationBefore = before.getLocationText();
		this.revisedAt = now;
	}

	/** Removes parts of the earlier text for good, noting who did it and when. */
	void redact(Set<IdeaTextField> fields, Long by, Instant at) {
		if (fields.isEmpty()) {
			return;
		}
		fields.forEach(field -> {
			switch (field) {
				case TITLE -> titleBefore = null;
				case DESCRIPTION -> descriptionBefore = null;
				case LOCATION -> locationBefore = null;
			}
		});
		Set<IdeaTextField> removed = EnumSet.copyOf(fields);
		removed.addAll(getRedactedFields());
		redactedFields = removed.stream().map(Enum::name).collect(Collectors.joining(","));
		redactedBy = by;
		redactedAt = at;
	}

	Long getEditorId() {
		return editorId;
	}

	RevisionReason getReasonKind() {
		return reasonKind;
	}

	String getReason() {
		return reason;
	}

	/** The title before the change; {@code null} once removed. */
	String getTitleBefore() {
		return titleBefore;
	}

	/** The description before the change; {@code null} once removed. */
	String getDescriptionBefore() {
		return descriptionBefore;
	}

	String getLocationBefore() {
		return locationBefore;
	}

	Instant getRevisedAt() {
		return revisedAt;
	}

	Set<IdeaTextField> getRedactedFields() {
		if (redactedFields == null || redactedFields.isBlank()) {
			return EnumSet.noneOf(IdeaTextField.class);
		}
		return Arrays.stream(redactedFields.split(","))
			.map(IdeaTextField::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(IdeaTextField.class)));
	}

	Long getRedactedBy() {
		return redactedBy;
	}

	Instant getRedactedAt() {
		return redactedAt;
	}

}
