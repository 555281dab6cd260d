package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.wijkstem.idea.IdeaCard;
import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationFacts;

/**
 * "Save and next": which list of the queue a moderator works through, and the item to
 * show after the current one. Every list is oldest first and a decision takes the item
 * out of its list, so the next one is the first item of the list that is not the current
 * one.
 */
final class QueueNavigator {

	static final String PARAMETER = "queue";

	/** Enough to find another item even when the current one is still in the list. */
	private static final int LOOK_AHEAD = 5;

	private final IdeaService ideas;

	private final IdeaModerationService moderation;

	QueueNavigator(IdeaService ideas, IdeaModerationService moderation) {
		this.ideas = ideas;
		this.moderation = moderation;
	}

	/** The list named in the address, or else the list this item would be found in. */
	static QueueTab queueOf(Optional<String> named, IdeaDetails idea, ModerationFacts facts) {
		return named.flatMap(key -> Arrays.stream(QueueTab.values()).filter(tab -> tab.key().equals(key)).findFirst())
			.orElseGet(() -> {
				if (!facts.reports().isEmpty()) {
					return QueueTab.REPORTED;
				}
				if (idea.status() == IdeaStatus.SUBMITTED || !idea.status().isListed()) {
					return QueueTab.WAITING;
				}
				return idea.goalId() == null ? QueueTab.UNFILED : QueueTab.REVIEW;
			});
	}

	/** The next item of the list after this one, if any is left. */
	Optional<Long> next(QueueTab queue, Long current, Locale locale) {
		List<Long> first = switch (queue) {
			case WAITING -> ids(ideas.queue(0, LOOK_AHEAD, locale).cards());
			case UNFILED -> ids(ideas.unfiled(0, LOOK_AHEAD, locale).cards());
			case REVIEW -> ids(moderation.awaitingReview(0, LOOK_AHEAD, locale).cards());
			case REPORTED ->
				moderation.reported(0, LOOK_AHEAD).items().stream().map(ModerationFacts.ReportSummary::ideaId).toList();
		};
		return first.stream().filter(id -> !id.equals(current)).findFirst();
	}

	private static List<Long> ids(List<IdeaCard> cards) {
		return cards.stream().map(IdeaCard::id).toList();
	}

}
