package nl.wijkstem.idea;

import java.util.List;

/**
 * One page of a list of the moderators' queue and how many items match in all.
 */
public record QueuePage(List<QueueCard> cards, long total) {
}
