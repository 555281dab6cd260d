package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of ideas and reason templates by their names.
 */
@Component
class ModerationSubjectNames implements SubjectNames {

	static final String GROUP = "group";

	private final IdeaGroupRepository groups;

	private final EntityManager entityManager;

	ModerationSubjectNames(IdeaGroupRepository groups, EntityManager entityManager) {
		this.groups = groups;
		this.entityManager = entityManager;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(GROUP, ReasonTemplates.SUBJECT_TYPE);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		Map<Long, SubjectName> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		if (GROUP.equals(subjectType)) {
			groups.findAllById(Set.copyOf(ids))
				.forEach(group -> names.put(group.getId(), new SubjectName(GROUP, group.getId(), group.getName())));
		}
		else if (ReasonTemplates.SUBJECT_TYPE.equals(subjectType)) {
			entityManager.createQuery("select t from ReasonTemplate t where t.id in :ids", ReasonTemplate.class)
				.setParameter("ids", Set.copyOf(ids))
				.getResultList()
				.forEach(template -> names.put(template.getId(), new SubjectName(ReasonTemplates.SUBJECT_TYPE,
						template.getId(), template.choice(locale).title())));
		}
		return names;
	}

}
