package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.List;

/**
 * The outcome as staff edit it.
 *
 * @param links the links with their names; one whose target is gone is named by its
 * number only
 * @param publishedAt when it was first published, {@code null} before
 * @param mayPublish whether the results are out, so the outcome may be published
 */
public record OutcomeEditing(String nl, String en, List<OutcomeTarget> links, Instant publishedAt, boolean mayPublish) {

	public OutcomeEditing {
		links = List.copyOf(links);
	}

}
