package nl.wijkstem.voting;

import java.util.List;

import nl.wijkstem.idea.BallotIdeas;

import org.springframework.stereotype.Component;

/**
 * The status steps of the ideas behind a ballot item: one idea, or every idea of a group.
 * Chosen ideas become "chosen"; others return to the status they had before the ballot.
 */
@Component
class ItemIdeas {

	private final BallotItemIdeaRepository grouped;

	private final BallotIdeas ballotIdeas;

	ItemIdeas(BallotItemIdeaRepository grouped, BallotIdeas ballotIdeas) {
		this.grouped = grouped;
		this.ballotIdeas = ballotIdeas;
	}

	void chosen(BallotItem item, String note) {
		if (!item.isGroup()) {
			ballotIdeas.markChosen(item.getIdeaId(), note);
			return;
		}
		for (BallotItemIdea idea : grouped.findByItemIdOrderByPositionAsc(item.getId())) {
			ballotIdeas.markChosen(idea.getIdeaId(), note);
		}
	}

	void backToBefore(BallotItem item, String note) {
		if (!item.isGroup()) {
			ballotIdeas.takeOffBallot(item.getIdeaId(), item.getPreviousStatus(), note);
			return;
		}
		for (BallotItemIdea idea : grouped.findByItemIdOrderByPositionAsc(item.getId())) {
			ballotIdeas.takeOffBallot(idea.getIdeaId(), idea.getPreviousStatus(), note);
		}
	}

	/** The ideas of group items, by item id, in their order on the ballot. */
	List<BallotItemIdea> ofItems(List<Long> itemIds) {
		return itemIds.isEmpty() ? List.of() : grouped.findByItemIdInOrderByItemIdAscPositionAsc(itemIds);
	}

}
