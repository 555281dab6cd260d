package nl.wijkstem.voting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.idea.IdeaStatus;

/**
 * One thing residents can vote for in a round: an idea, or later a group of ideas
 * ({@code groupId}, not used yet).
 */
@Entity
@Table(name = "ballot_item")
class BallotItem extends AbstractEntity {

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@Column(name = "idea_id")
	private Long ideaId;

	@Column(name = "group_id")
	private Long groupId;

	@Column(name = "cost")
	private Long cost;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "previous_status", nullable = false)
	private IdeaStatus previousStatus;

	@Column(name = "subject_submitted_at", nullable = false)
	private Instant subjectSubmittedAt;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "result_votes")
	private Integer resultVotes;

	@Column(name = "chosen_by_votes")
	private Boolean chosenByVotes;

	@Column(name = "chosen_by_shares")
	private Boolean chosenByShares;

	protected BallotItem() {
	}

	static BallotItem idea(Long roundId, Long ideaId, Long cost, int position, IdeaStatus previousStatus,
			Instant submittedAt, Instant now) {
		BallotItem item = new BallotItem();
		item.roundId = roundId;
		item.ideaId = ideaId;
		item.cost = cost;
		item.position = position;
		item.previousStatus = previousStatus;
		item.subjectSubmittedAt = submittedAt;
		item.addedAt = now;
		return item;
	}

	void setCost(Long cost) {
		this.cost = cost;
	}

	void recordResult(int votes, boolean byVotes, Boolean byShares) {
		resultVotes = votes;
		chosenByVotes = byVotes;
		chosenByShares = byShares;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getIdeaId() {
		return ideaId;
	}

	Long getGroupId() {
		return groupId;
	}

	/** The cost in euros, 0 when none was set. */
	long costOrZero() {
		return cost == null ? 0 : cost;
	}

	Long getCost() {
		return cost;
	}

	int getPosition() {
		return position;
	}

	IdeaStatus getPreviousStatus() {
		return previousStatus;
	}

	Instant getSubjectSubmittedAt() {
		return subjectSubmittedAt;
	}

	Integer getResultVotes() {
		return resultVotes;
	}

	Boolean getChosenByVotes() {
		return chosenByVotes;
	}

	Boolean getChosenByShares() {
		return chosenByShares;
	}

}
