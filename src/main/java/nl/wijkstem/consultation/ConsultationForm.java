package nl.wijkstem.consultation;

import java.time.Instant;
import java.util.Set;

/**
 * What staff set for a consultation. Texts in Dutch (required) and English (falls back to
 * Dutch when empty).
 *
 * @param goalId the programme goal it serves, or {@code null}
 * @param themeIds the local themes it serves
 */
public record ConsultationForm(String titleNl, String titleEn, String introNl, String introEn, String closingNl,
		String closingEn, Long goalId, Set<Long> themeIds, Instant opensAt, Instant closesAt, Instant resultsAt,
		Audience audience, boolean anonymous) {

	public ConsultationForm {
		themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
	}

}
