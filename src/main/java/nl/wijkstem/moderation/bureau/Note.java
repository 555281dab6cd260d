package nl.wijkstem.moderation.bureau;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * A colleague's note on an item, for the bureau only.
 */
@Entity
@Table(name = "moderation_note")
class Note extends AbstractEntity {

	private Long ideaId;

	private Long authorId;

	private String body;

	private Instant createdAt;

	protected Note() {
	}

	Note(Long ideaId, Long authorId, String body, Instant now) {
		this.ideaId = ideaId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = now;
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getAuthorId() {
		return authorId;
	}

	String getBody() {
		return body;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
