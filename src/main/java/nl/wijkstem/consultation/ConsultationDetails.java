package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A consultation with its questions, as residents see it (and staff in the preview), in
 * the reader's language.
 *
 * @param goal the programme goal's name, or {@code null}
 * @param themes the local themes' names
 * @param outcome what the programme bureau does with the results, or {@code null} until
 * published
 */
public record ConsultationDetails(Long id, String title, String intro, String closing, String language,
		ConsultationPhase phase, Instant opensAt, Instant closesAt, Instant resultsAt, Audience audience,
		boolean anonymous, String goal, List<String> themes, String outcome, List<QuestionItem> questions) {
}
