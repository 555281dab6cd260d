package nl.wijkstem.voting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.idea.BallotIdeas;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.moderation.BallotGroup;

import org.springframework.stereotype.Component;

/**
 * The ideas behind a ballot item (one idea, or every idea of a group) and their status
 * steps: onto the ballot, then "chosen", or back to the status they had before.
 */
@Component
class ItemIdeas {

	private final BallotItemIdeaRepository grouped;

	private final BallotIdeas ballotIdeas;

	private final BallotItemRepository items;

	ItemIdeas(BallotItemIdeaRepository grouped, BallotIdeas ballotIdeas, BallotItemRepository items) {
		this.grouped = grouped;
		this.items = items;
		this.ballotIdeas = ballotIdeas;
	}

	/**
	 * Puts every idea of the group on the ballot and stores the group as one item, with a
	 * copy of its ideas and the status each had.
	 * @param note the timeline's words, such as the round's name
	 * @throws Rejection when one of its ideas cannot go on a ballot
	 */
	BallotItem addGroup(Long roundId, BallotGroup group, Long cost, int position, String note, Instant now) {
		List<BallotIdea> before = new ArrayList<>();
		for (Long ideaId : group.ideaIds()) {
			before.add(putOnBallot(ideaId, roundId, note));
		}
		Instant oldest = before.stream().map(BallotIdea::submittedAt).min(Comparator.naturalOrder()).orElse(now);
		BallotItem item = items
			.save(BallotItem.group(roundId, group.id(), group.name(), group.summary(), cost, position, oldest, now));
		for (int i = 0; i < before.size(); i++) {
			grouped.save(new BallotItemIdea(item.getId(), roundId, before.get(i).id(), i, before.get(i).status()));
		}
		return item;
	}

	/**
	 * Puts one idea on a ballot.
	 * @return the idea as it was before
	 * @throws Rejection when it cannot go on a ballot
	 */
	BallotIdea putOnBallot(Long ideaId, Long roundId, String note) {
		try {
			return ballotIdeas.putOnBallot(ideaId, roundId, note);
		}
		catch (Rejection rejected) {
			throw new Rejection(rejected.problems().getFirst().messageKey());
		}
	}

	void chosen(BallotItem item, String note) {
		eachIdea(item, (ideaId, before) -> ballotIdeas.markChosen(ideaId, item.getRoundId(), note));
	}

	void backToBefore(BallotItem item, String note) {
		eachIdea(item, (ideaId, before) -> ballotIdeas.takeOffBallot(ideaId, item.getRoundId(), before, note));
	}

	/** The idea behind the item, or each idea of its group, with the status it had. */
	private void eachIdea(BallotItem item, BiConsumer<Long, IdeaStatus> action) {
		if (!item.isGroup()) {
			action.accept(item.getIdeaId(), item.getPreviousStatus());
			return;
		}
		grouped.findByItemIdOrderByPositionAsc(item.getId())
			.forEach(idea -> action.accept(idea.getIdeaId(), idea.getPreviousStatus()));
	}

	/** The ideas of group items, by item id, in their order on the ballot. */
	List<BallotItemIdea> ofItems(List<Long> itemIds) {
		return itemIds.isEmpty() ? List.of() : grouped.findByItemIdInOrderByItemIdAscPositionAsc(itemIds);
	}

}
