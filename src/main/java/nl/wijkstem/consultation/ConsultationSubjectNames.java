package nl.wijkstem.consultation;

import java.util.Locale;

import nl.wijkstem.base.EntitySubjectNames;

import org.springframework.stereotype.Component;

/** Consultations by their title in the reader's language, for the audit trail. */
@Component
class ConsultationSubjectNames extends EntitySubjectNames<Consultation> {

	static final String CONSULTATION = "consultation";

	ConsultationSubjectNames(ConsultationRepository consultations) {
		super(CONSULTATION, consultations);
	}

	@Override
	protected String name(Consultation consultation, Locale locale) {
		return consultation.title(locale);
	}

}
