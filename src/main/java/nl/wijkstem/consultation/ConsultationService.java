package nl.wijkstem.consultation;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.Rejection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as everyone sees them: the list and each page. Reading needs no sign-in;
 * drafts are seen only by staff, in the preview ({@code ConsultationAdminService}).
 */
@Service
public class ConsultationService {

	private final ConsultationRepository consultations;

	private final ConsultationReader reader;

	ConsultationService(ConsultationRepository consultations, ConsultationReader reader) {
		this.consultations = consultations;
		this.reader = reader;
	}

	/** Published consultations: open ones first, then upcoming, then closed. */
	@PermitAll
	@Transactional(readOnly = true)
	public List<ConsultationSummary> list(Locale locale) {
		// TODO(answering helper): order open, upcoming, closed/results; drafts left out
		throw new UnsupportedOperationException("not built yet");
	}

	/**
	 * A published consultation with the reader's participation.
	 * @throws Rejection {@code consultation.error.unknown}, also for a draft
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public ConsultationPage page(Long consultationId, Locale locale) {
		// TODO(answering helper)
		throw new UnsupportedOperationException("not built yet");
	}

}
