package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

	private Long ideaId;

	private Long editorId;

	@Enumerated(EnumType.STRING)
	private RevisionReason reasonKind;

	private String reason;

	private String titleBefore;

	private String descriptionBefore;

	private String locationBefore;

	private Instant revisedAt;

	/**
	 * The removed parts as {@link IdeaTextField} names, comma-separated; null if none.
	 */
	private String redactedFields;

	private Instant redactedAt;

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
