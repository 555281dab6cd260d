package nl.wijkstem.idea;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * A photo of an idea. The file is a re-encoded copy (no camera or GPS metadata) under a
 * random name; the original name is kept only to show it back to its uploader.
 */
@Entity
@Table(name = "idea_photo")
class Photo extends AbstractEntity {

	private Long ideaId;

	private int position;

	private String storedName;

	private String contentType;

	private String originalName;

	private String altText;

	private int width;

	private int height;

	private Instant createdAt;

	private Long statusChangeId;

	protected Photo() {
	}

	Photo(Long ideaId, int position, String storedName, String contentType, String originalName, int width, int height,
			Instant now) {
		this.ideaId = ideaId;
		this.position = position;
		this.storedName = storedName;
		this.contentType = contentType;
		this.originalName = originalName;
		this.altText = "";
		this.width = width;
		this.height = height;
		this.createdAt = now;
	}

	/** A photo with a moderator's progress update, described at once. */
	static Photo withUpdate(Long ideaId, Long statusChangeId, int position, String storedName, String contentType,
			String originalName, String altText, int width, int height, Instant now) {
		Photo photo = new Photo(ideaId, position, storedName, contentType, originalName, width, height, now);
		photo.statusChangeId = statusChangeId;
		photo.altText = altText;
		return photo;
	}

	Long getStatusChangeId() {
		return statusChangeId;
	}

	void describe(String text) {
		altText = text;
	}

	Long getIdeaId() {
		return ideaId;
	}

	int getPosition() {
		return position;
	}

	String getStoredName() {
		return storedName;
	}

	String getContentType() {
		return contentType;
	}

	String getOriginalName() {
		return originalName;
	}

	String getAltText() {
		return altText;
	}

}
