package nl.wijkstem.consultation;

import java.util.Set;

/**
 * The programme bureau published what it does with a consultation's results, for the
 * first time; those who answered hear of it. Later changes are not announced again.
 *
 * @param title the consultation's title in Dutch
 * @param respondentIds the accounts that answered
 */
public record ConsultationOutcomePublished(Long consultationId, String title, Set<Long> respondentIds) {

	public ConsultationOutcomePublished {
		respondentIds = Set.copyOf(respondentIds);
	}

}
