package nl.wijkstem.moderation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An idea's place in a group. The idea is the key, so the database itself keeps an idea
 * in at most one group.
 */
@Entity
@Table(name = "idea_group_member")
class GroupMember implements Persistable<Long> {

	@Id
	private Long ideaId;

	private Long groupId;

	private Instant addedAt;

	@Transient
	private boolean isNew = true;

	protected GroupMember() {
	}

	GroupMember(Long ideaId, Long groupId, Instant now) {
		this.ideaId = ideaId;
		this.groupId = groupId;
		this.addedAt = now;
	}

	void moveTo(Long otherGroupId, Instant now) {
		this.groupId = otherGroupId;
		this.addedAt = now;
	}

	@PostLoad
	@PostPersist
	void stored() {
		isNew = false;
	}

	@Override
	public Long getId() {
		return ideaId;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getGroupId() {
		return groupId;
	}

}
