package nl.wijkstem.moderation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;

/**
 * A group ("bundel") of related ideas under one programme goal, with a short public
 * summary. Its version also changes when ideas join or leave it, so a moderator who acts
 * on an outdated picture of the group is told.
 */
@Entity
@Table(name = "idea_group")
class IdeaGroup extends AbstractEntity {

	private Long goalId;

	private String name;

	private String summary;

	private Instant createdAt;

	private Instant updatedAt;

	protected IdeaGroup() {
	}

	IdeaGroup(Long goalId, String name, String summary, Instant now) {
		this.goalId = goalId;
		this.name = name;
		this.summary = summary;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String name, String summary, Instant now) {
		this.name = name;
		this.summary = summary;
		this.updatedAt = now;
	}

	/** Ideas joined or left: a change of the group, for the optimistic check. */
	void membersChanged(Instant now) {
		this.updatedAt = now;
	}

	Long getGoalId() {
		return goalId;
	}

	String getName() {
		return name;
	}

	String getSummary() {
		return summary;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
