package nl.wijkstem.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkstem.idea.IdeaStatus;

/**
 * The words of a report in the reader's language, given by the view that offers it.
 *
 * @param header the column titles: id, title, status, goal, themes, group, supporters,
 * published
 * @param statuses the name of each status
 * @param locale the language of goal and theme names
 */
public record CsvLabels(List<String> header, Map<IdeaStatus, String> statuses, Locale locale) {

	public CsvLabels {
		header = List.copyOf(header);
		statuses = Map.copyOf(statuses);
	}

}
