package nl.wijkstem.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.idea.IdeaStatus;

/**
 * An idea in a group on a ballot, as it was when the group went on the ballot. The round
 * is repeated here so the database keeps an idea on a round's ballot at most once.
 */
@Entity
@Table(name = "ballot_item_idea")
class BallotItemIdea extends AbstractEntity {

	private Long itemId;

	private Long roundId;

	private Long ideaId;

	private int position;

	@Enumerated(EnumType.STRING)
	private IdeaStatus previousStatus;

	protected BallotItemIdea() {
	}

	BallotItemIdea(Long itemId, Long roundId, Long ideaId, int position, IdeaStatus previousStatus) {
		this.itemId = itemId;
		this.roundId = roundId;
		this.ideaId = ideaId;
		this.position = position;
		this.previousStatus = previousStatus;
	}

	Long getItemId() {
		return itemId;
	}

	Long getIdeaId() {
		return ideaId;
	}

	IdeaStatus getPreviousStatus() {
		return previousStatus;
	}

}
