package nl.wijkstem.idea;

import java.util.Locale;
import java.util.Objects;

/**
 * What a moderator looks for in one list of the queue. Every filter is optional.
 *
 * @param text words in the title or description (for a reported comment: also in the
 * comment), any case
 * @param goalId the programme goal the idea is filed under
 * @param themeId the theme the author chose or a moderator filed it under
 * @param placeKind the kind of place
 * @param age how long the item has been waiting in the list
 * @param language the language the idea seems written in: a code of
 * {@link ModerationQueue#languages()}
 * @param sort the order; oldest first when {@code null}
 */
public record QueueQuery(QueueList list, String text, Long goalId, Long themeId, PlaceKind placeKind, QueueAge age,
		String language, QueueSort sort) {

	public QueueQuery {
		Objects.requireNonNull(list);
		text = text == null ? "" : text.strip();
		sort = sort == null ? QueueSort.OLDEST : sort;
	}

	/** The whole list, oldest first. */
	public static QueueQuery of(QueueList list) {
		return new QueueQuery(list, "", null, null, null, null, null, QueueSort.OLDEST);
	}

	boolean hasText() {
		return !text.isEmpty();
	}

	/** A lower-case {@code like} pattern for the text, with its wildcards escaped. */
	String textPattern() {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
