package nl.wijkstem.idea;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * How new ideas are handled: pre-moderation (a moderator publishes them) by default, or
 * post-moderation (public at once, reviewed afterwards).
 */
@Entity
@Table(name = "idea_settings")
class IdeaSettings extends AbstractEntity {

	static final long ID = 1L;

	private boolean postModeration;

	protected IdeaSettings() {
	}

	boolean isPostModeration() {
		return postModeration;
	}

	void setPostModeration(boolean postModeration) {
		this.postModeration = postModeration;
	}

}
