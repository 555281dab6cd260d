package nl.wijkstem.base;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.security.Roles;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names one kind of subject that is an entity of its own, read through its repository:
 * the module says only what the kind is called and how one of them is named.
 *
 * @param <T> the entity
 */
public abstract class EntitySubjectNames<T extends AbstractEntity> implements SubjectNames {

	private final String subjectType;

	private final ListCrudRepository<T, Long> repository;

	protected EntitySubjectNames(String subjectType, ListCrudRepository<T, Long> repository) {
		this.subjectType = subjectType;
		this.repository = repository;
	}

	/** The name of one subject, in the reader's language where it has languages. */
	protected abstract String name(T subject, Locale locale);

	@Override
	public Set<String> subjectTypes() {
		return Set.of(subjectType);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		return repository.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(AbstractEntity::getId,
					subject -> new SubjectName(this.subjectType, subject.getId(), name(subject, locale))));
	}

}
