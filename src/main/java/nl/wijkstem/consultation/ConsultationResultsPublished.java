package nl.wijkstem.consultation;

import java.util.Set;

/**
 * A consultation's results moment passed and its results are out; those who answered hear
 * of it once.
 *
 * @param title the consultation's title in Dutch (as notices name rounds and ideas)
 * @param respondentIds the accounts that answered (from the has-answered markers, so also
 * those of an anonymous consultation: who answered, never what)
 */
public record ConsultationResultsPublished(Long consultationId, String title, Set<Long> respondentIds) {

	public ConsultationResultsPublished {
		respondentIds = Set.copyOf(respondentIds);
	}

}
