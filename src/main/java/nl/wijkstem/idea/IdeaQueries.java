package nl.wijkstem.idea;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Component;

/**
 * The idea list's queries: ids of one page and the total, with the visitor's filters. Two
 * statements whatever the data size; the page's ideas are then loaded by id.
 */
@Component
class IdeaQueries {

	private final EntityManager entityManager;

	IdeaQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Long> ids(IdeaQuery query, Collection<Long> restrictTo, boolean ordered, int offset, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Idea> idea = select.from(Idea.class);
		select.select(idea.get("id")).where(filters(cb, idea, query, restrictTo));
		if (ordered) {
			select.orderBy(switch (query.effectiveSort()) {
				case MOST_SUPPORTED -> List.of(cb.desc(idea.get("supportCount")), cb.desc(idea.get("id")));
				case MOST_DISCUSSED -> List.of(cb.desc(idea.get("commentCount")), cb.desc(idea.get("id")));
				default -> List.of(cb.desc(idea.get("publishedAt")), cb.desc(idea.get("id")));
			});
		}
		return entityManager.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	List<IdeaPin> pins(IdeaQuery query, Collection<Long> restrictTo, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<IdeaPin> select = cb.createQuery(IdeaPin.class);
		Root<Idea> idea = select.from(Idea.class);
		List<Predicate> where = new ArrayList<>(List.of(filters(cb, idea, query, restrictTo)));
		where.add(cb.isNotNull(idea.get("latitude")));
		select
			.select(cb.construct(IdeaPin.class, idea.get("id"), idea.get("title"), idea.get("latitude"),
					idea.get("longitude")))
			.where(where.toArray(Predicate[]::new))
			.orderBy(cb.desc(idea.get("supportCount")));
		return entityManager.createQuery(select).setMaxResults(limit).getResultList();
	}

	long count(IdeaQuery query, Collection<Long> restrictTo) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Idea> idea = select.from(Idea.class);
		select.select(cb.count(idea)).where(filters(cb, idea, query, restrictTo));
		return entityManager.createQuery(select).getSingleResult();
	}

	/**
	 * The filters residents and moderators share: goal, theme (the author's suggestion,
	 * or a theme a moderator filed it under) and kind of place; none for a {@code null}.
	 */
	static List<Predicate> filing(CriteriaBuilder cb, Root<Idea> idea, Long goalId, Long themeId, PlaceKind placeKind) {
		List<Predicate> filters = new ArrayList<>();
		if (goalId != null) {
			filters.add(cb.equal(idea.get("goalId"), goalId));
		}
		if (themeId != null) {
			filters.add(cb.or(cb.equal(idea.get("themeId"), themeId),
					cb.isMember(themeId, idea.<Set<Long>>get("assignedThemes"))));
		}
		if (placeKind != null) {
			filters.add(cb.equal(idea.get("placeKind"), placeKind));
		}
		return filters;
	}

	private static Predicate[] filters(CriteriaBuilder cb, Root<Idea> idea, IdeaQuery query,
			Collection<Long> restrictTo) {
		List<Predicate> filters = new ArrayList<>();
		filters.add(query.status() != null && IdeaStatus.LISTED.contains(query.status())
				? cb.equal(idea.get("status"), query.status()) : idea.get("status").in(IdeaStatus.LISTED));
		filters.add(cb.isFalse(idea.get("hidden")));
		filters.addAll(filing(cb, idea, query.goalId(), query.themeId(), query.placeKind()));
		if (restrictTo != null) {
			filters.add(idea.get("id").in(restrictTo));
		}
		return filters.toArray(Predicate[]::new);
	}

}
