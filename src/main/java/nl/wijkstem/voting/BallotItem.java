package nl.wijkstem.voting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.idea.IdeaStatus;

/**
 * One thing residents can vote for in a round: an idea, or a group of ideas. A group's
 * name, summary and ideas ({@link BallotItemIdea}) are copied when it goes on the ballot;
 * its votes count for the group as a whole.
 */
@Entity
@Table(name = "ballot_item")
class BallotItem extends AbstractEntity {

	private Long roundId;

	private Long ideaId;

	private Long groupId;

	private String title;

	private String summary;

	private Long cost;

	private int position;

	@Enumerated(EnumType.STRING)
	private IdeaStatus previousStatus;

	private Instant subjectSubmittedAt;

	private Instant addedAt;

	private Integer resultVotes;

	private Boolean chosenByVotes;

	private Boolean chosenByShares;

	protected BallotItem() {
	}

	private BallotItem(Long roundId, Long cost, int position, Instant submittedAt, Instant now) {
		this.roundId = roundId;
		this.cost = cost;
		this.position = position;
		this.subjectSubmittedAt = submittedAt;
		this.addedAt = now;
	}

	static BallotItem idea(Long roundId, Long ideaId, Long cost, int position, IdeaStatus previousStatus,
			Instant submittedAt, Instant now) {
		BallotItem item = new BallotItem(roundId, cost, position, submittedAt, now);
		item.ideaId = ideaId;
		item.previousStatus = previousStatus;
		return item;
	}

	/**
	 * @param submittedAt when its earliest idea was sent in: the group is as old as its
	 * oldest idea for the "earlier idea wins" tie-break
	 */
	static BallotItem group(Long roundId, Long groupId, String title, String summary, Long cost, int position,
			Instant submittedAt, Instant now) {
		BallotItem item = new BallotItem(roundId, cost, position, submittedAt, now);
		item.groupId = groupId;
		item.title = title;
		item.summary = summary;
		return item;
	}

	boolean isGroup() {
		return groupId != null;
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

	/** A group's name as it went on the ballot; {@code null} for an idea. */
	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
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

	/** For an idea: the status to return to; {@code null} for a group. */
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
