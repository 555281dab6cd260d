package nl.wijkstem.idea;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.AbstractEntity;

/**
 * A resident's reaction to a published idea, or a reply to one (one level deep). Deleting
 * keeps the place in the conversation, so replies still make sense.
 */
@Entity
@Table(name = "idea_comment")
class Comment extends AbstractEntity {

	static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

	private Long ideaId;

	private Long authorId;

	private Long parentId;

	private String body;

	private boolean deleted;

	private Instant createdAt;

	private Instant editedAt;

	private boolean hidden;

	private String hiddenReason;

	protected Comment() {
	}

	Comment(Long ideaId, Long authorId, Long parentId, String body, Instant now) {
		this.ideaId = ideaId;
		this.authorId = authorId;
		this.parentId = parentId;
		this.body = body;
		this.createdAt = now;
	}

	boolean isEditableBy(Long accountId, Instant now) {
		return !deleted && accountId != null && accountId.equals(authorId) && now.isBefore(createdAt.plus(EDIT_WINDOW));
	}

	void edit(Long accountId, String newBody, Instant now) {
		if (!isEditableBy(accountId, now)) {
			throw new Rejection("comment.error.notEditable");
		}
		body = newBody;
		editedAt = now;
	}

	void delete(Long accountId) {
		if (deleted || accountId == null || !accountId.equals(authorId)) {
			throw new Rejection("comment.error.notDeletable");
		}
		deleted = true;
		body = "";
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getAuthorId() {
		return authorId;
	}

	Long getParentId() {
		return parentId;
	}

	String getBody() {
		return body;
	}

	/**
	 * Hidden by a moderator with a reason, or (without one) by reports awaiting review.
	 */
	void hide(String reason) {
		hidden = true;
		hiddenReason = reason;
	}

	void unhide() {
		hidden = false;
		hiddenReason = null;
	}

	boolean isHidden() {
		return hidden;
	}

	String getHiddenReason() {
		return hiddenReason == null ? "" : hiddenReason;
	}

	boolean isDeleted() {
		return deleted;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getEditedAt() {
		return editedAt;
	}

}
