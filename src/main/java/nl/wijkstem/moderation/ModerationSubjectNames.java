package nl.wijkstem.moderation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
		if (GROUP.equals(subjectType)) {
			return groups.findAllById(Set.copyOf(ids))
				.stream()
				.collect(Collectors.toMap(IdeaGroup::getId,
						group -> new SubjectName(GROUP, group.getId(), group.getName())));
		}
		return entityManager.createQuery("select t from ReasonTemplate t where t.id in :ids", ReasonTemplate.class)
			.setParameter("ids", Set.copyOf(ids))
			.getResultList()
			.stream()
			.collect(Collectors.toMap(ReasonTemplate::getId, template -> new SubjectName(ReasonTemplates.SUBJECT_TYPE,
					template.getId(), template.choice(locale).title())));
	}

}
