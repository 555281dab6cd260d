package nl.wijkstem.consultation;

import java.time.Instant;

/** A consultation in a list, in the reader's language. */
public record ConsultationSummary(Long id, String title, String titleLanguage, ConsultationPhase phase, Instant opensAt,
		Instant closesAt, Instant resultsAt, Audience audience, boolean anonymous) {
}
