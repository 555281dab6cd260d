package nl.wijkstem.moderation.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import nl.wijkstem.base.DisplayFormats;

import org.springframework.stereotype.Component;

/**
 * Reads the audit trail, newest first, with the administrator's filters. Every filter has
 * an index that also serves the order, so a page stays fast on a long trail.
 */
@Component
class AuditQueries {

	private final EntityManager entityManager;

	AuditQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<AuditEntryView> page(AuditFilter filter, int offset, int limit) {
		return entityManager.createQuery(select(filter, null, null))
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * The entries after (older than) the given one, for reading the whole trail in parts.
	 */
	List<AuditEntryView> after(AuditFilter filter, AuditEntryView last, int limit) {
		return entityManager
			.createQuery(select(filter, last == null ? null : last.occurredAt(), last == null ? null : last.id()))
			.setMaxResults(limit)
			.getResultList();
	}

	long count(AuditFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<AuditEntry> entry = select.from(AuditEntry.class);
		select.select(cb.count(entry)).where(filters(cb, entry, filter));
		return entityManager.createQuery(select).getSingleResult();
	}

	List<String> actions() {
		return entityManager.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
			.getResultList();
	}

	List<String> subjectTypes() {
		return entityManager
			.createQuery("select distinct e.subjectType from AuditEntry e order by e.subjectType", String.class)
			.getResultList();
	}

	/** Everyone who acted, once each, with the name they had when they last acted. */
	List<AuditActor> actors() {
		List<Tuple> rows = entityManager
			.createQuery("select e.actorId as actorId, e.actorName as actorName, max(e.id) as latest"
					+ " from AuditEntry e group by e.actorId, e.actorName order by max(e.id)", Tuple.class)
			.getResultList();
		Map<Object, AuditActor> latest = new LinkedHashMap<>();
		for (Tuple row : rows) {
			Long accountId = row.get("actorId", Long.class);
			String name = row.get("actorName", String.class);
			// later rows are later names of the same account
			latest.put(accountId == null ? name : accountId, new AuditActor(accountId, name));
		}
		return latest.values()
			.stream()
			.sorted(Comparator.comparing(AuditActor::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AuditActor::accountId, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	private CriteriaQuery<AuditEntryView> select(AuditFilter filter, Instant beforeTime, Long beforeId) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntryView> select = cb.createQuery(AuditEntryView.class);
		Root<AuditEntry> entry = select.from(AuditEntry.class);
		List<Predicate> where = new ArrayList<>(List.of(filters(cb, entry, filter)));
		if (beforeTime != null) {
			Expression<Instant> time = entry.get("occurredAt");
			where.add(cb.or(cb.lessThan(time, beforeTime),
					cb.and(cb.equal(time, beforeTime), cb.lessThan(entry.get("id"), beforeId))));
		}
		select
			.select(cb.construct(AuditEntryView.class, entry.get("id"), entry.get("occurredAt"), entry.get("actorId"),
					entry.get("actorName"), entry.get("action"), entry.get("subjectType"), entry.get("subjectId"),
					entry.get("before"), entry.get("after"), entry.get("reason")))
			.where(where.toArray(Predicate[]::new))
			.orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
		return select;
	}

	private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
		List<Predicate> filters = new ArrayList<>();
		if (filter.action() != null) {
			filters.add(cb.equal(entry.get("action"), filter.action()));
		}
		if (filter.actor() != null) {
			AuditActor actor = filter.actor();
			filters.add(actor.accountId() != null ? cb.equal(entry.get("actorId"), actor.accountId())
					: cb.and(cb.isNull(entry.get("actorId")),
							cb.equal(entry.get("actorName"), Objects.requireNonNullElse(actor.name(), ""))));
		}
		if (filter.subjectType() != null) {
			filters.add(cb.equal(entry.get("subjectType"), filter.subjectType()));
		}
		if (filter.subjectId() != null) {
			filters.add(cb.equal(entry.get("subjectId"), filter.subjectId()));
		}
		Expression<Instant> time = entry.get("occurredAt");
		if (filter.from() != null) {
			filters
				.add(cb.greaterThanOrEqualTo(time, filter.from().atStartOfDay(DisplayFormats.DUTCH_TIME).toInstant()));
		}
		if (filter.to() != null) {
			filters.add(cb.lessThan(time, filter.to().plusDays(1).atStartOfDay(DisplayFormats.DUTCH_TIME).toInstant()));
		}
		return filters.toArray(Predicate[]::new);
	}

}
