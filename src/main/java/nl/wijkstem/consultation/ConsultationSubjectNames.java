package nl.wijkstem.consultation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Consultations by their title in the reader's language, for the audit trail. */
@Component
class ConsultationSubjectNames implements SubjectNames {

	static final String CONSULTATION = "consultation";

	private final ConsultationRepository consultations;

	ConsultationSubjectNames(ConsultationRepository consultations) {
		this.consultations = consultations;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(CONSULTATION);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		return consultations.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Consultation::getId,
					each -> new SubjectName(CONSULTATION, each.getId(), each.title(locale))));
	}

}
