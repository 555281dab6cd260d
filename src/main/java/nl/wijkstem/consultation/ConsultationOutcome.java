package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.List;

/**
 * What the programme bureau does with a consultation's results, as residents read it.
 *
 * @param text in the reader's language (user text, plain, with line breaks)
 * @param language the language of the text (Dutch on an English page when no translation
 * was written)
 * @param publishedAt when it was first published
 * @param links what came of it that residents can see
 */
public record ConsultationOutcome(Long consultationId, String text, String language, Instant publishedAt,
		List<OutcomeTarget> links) {

	public ConsultationOutcome {
		links = List.copyOf(links);
	}

}
