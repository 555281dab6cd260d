package nl.wijkstem.moderation.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import nl.wijkstem.idea.IdeaDetails;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ModerationFacts;
import nl.wijkstem.idea.ModerationQueue;
import nl.wijkstem.idea.QueueCard;
import nl.wijkstem.idea.QueueQuery;

/**
 * "Save and next": which list of the queue a moderator works through, and the item to
 * show after the current one. The next item is the oldest of the list that is not the
 * current one: a decision takes an item out of its list, and an item left undecided (a
 * moderator pressed "next" without a decision) is skipped by the current one only.
 */
final class QueueNavigator {

	static final String PARAMETER = "queue";

	/** Enough to find another idea when the current one has several reported comments. */
	private static final int LOOK_AHEAD = 10;

	private final ModerationQueue queue;

	QueueNavigator(ModerationQueue queue) {
		this.queue = queue;
	}

	/** The list named in the address, or else the list this item would be found in. */
	static QueueTab queueOf(Optional<String> named, IdeaDetails idea, ModerationFacts facts) {
		// an idea is never in the list of consultation answers
		return named
			.flatMap(key -> Arrays.stream(QueueTab.values())
				.filter(tab -> tab.list() != null && tab.key().equals(key))
				.findFirst())
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
	Optional<Long> next(QueueTab tab, Long current, Locale locale) {
		return queue.page(QueueQuery.of(tab.list()), 0, LOOK_AHEAD, locale)
			.cards()
			.stream()
			.map(QueueCard::ideaId)
			.filter(id -> !id.equals(current))
			.findFirst();
	}

}
