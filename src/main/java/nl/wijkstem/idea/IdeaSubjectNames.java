package nl.wijkstem.idea;

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
 * Ideas by their title, and comments by the idea they are on (a comment's own words stay
 * on the idea's page).
 */
@Component
class IdeaSubjectNames implements SubjectNames {

	static final String IDEA = "idea";

	static final String COMMENT = "comment";

	private final EntityManager entityManager;

	IdeaSubjectNames(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(IDEA, COMMENT);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		Map<Long, SubjectName> names = new HashMap<>();
		String query = IDEA.equals(subjectType) ? "select i.id, i.id, i.title from Idea i where i.id in :ids"
				: "select c.id, i.id, i.title from Comment c join Idea i on i.id = c.ideaId where c.id in :ids";
		entityManager.createQuery(query, Object[].class)
			.setParameter("ids", Set.copyOf(ids))
			.getResultList()
			.forEach(row -> names.put((Long) row[0], new SubjectName(IDEA, (Long) row[1], (String) row[2])));
		return names;
	}

}
