package nl.wijkstem.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import nl.wijkstem.base.DisplayFormats;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.stereotype.Component;

/**
 * Reads the audit trail, newest first, with the administrator's filters. Every filter has
 * an index that also serves the order, so a page stays fast on a long trail (measured by
 * {@code AuditTrailBenchmarkTest} on H2 and by hand on PostgreSQL).
 */
@Component
class AuditQueries {

	private final EntityManager entityManager;

	private volatile Boolean postgres;

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
		return distinct("action", "action_code");
	}

	List<String> subjectTypes() {
		return distinct("subjectType", "subject_type");
	}

	/** Everyone who acted, once each, with the name they had when they last acted. */
	List<AuditActor> actors() {
		List<Long> accountIds = postgres()
				? numbers(entityManager.createNativeQuery(looseScan("actor_id")).getResultList())
				// without a condition, which would keep H2 from answering from the index
				: entityManager.createQuery("select distinct e.actorId from AuditEntry e", Long.class)
					.getResultList()
					.stream()
					.filter(Objects::nonNull)
					.toList();
		List<AuditActor> actors = new ArrayList<>();
		for (Long accountId : accountIds) {
			entityManager
				.createQuery("select e.actorName from AuditEntry e where e.actorId = :id"
						+ " order by e.actorId desc, e.occurredAt desc, e.id desc", String.class)
				.setParameter("id", accountId)
				.setMaxResults(1)
				.getResultList()
				.forEach(name -> actors.add(new AuditActor(accountId, name)));
		}
		entityManager.createQuery("select distinct e.actorName from AuditEntry e where e.actorId is null", String.class)
			.getResultList()
			.forEach(name -> actors.add(new AuditActor(null, name)));
		actors.sort(Comparator.comparing(AuditActor::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(AuditActor::accountId, Comparator.nullsFirst(Comparator.naturalOrder())));
		return actors;
	}

	/**
	 * The different values of an indexed column. H2 answers a plain {@code distinct} from
	 * the index; PostgreSQL would read the whole table for it, so there the index is
	 * walked from one value to the next (a "loose index scan").
	 */
	@SuppressWarnings("unchecked")
	private List<String> distinct(String attribute, String column) {
		if (postgres()) {
			return entityManager.createNativeQuery(looseScan(column), String.class).getResultList();
		}
		return entityManager
			.createQuery("select distinct e." + attribute + " from AuditEntry e order by e." + attribute, String.class)
			.getResultList();
	}

	private static String looseScan(String column) {
		return "with recursive v(x) as (select min(" + column + ") from audit_entry union all select (select e."
				+ column + " from audit_entry e where e." + column + " > v.x order by e." + column
				+ " fetch first 1 row only) from v where v.x is not null) select x from v where x is not null";
	}

	private static List<Long> numbers(List<?> values) {
		return values.stream().map(value -> ((Number) value).longValue()).toList();
	}

	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			known = entityManager.getEntityManagerFactory()
				.unwrap(SessionFactoryImplementor.class)
				.getJdbcServices()
				.getDialect() instanceof PostgreSQLDialect;
			postgres = known;
		}
		return known;
	}

	private CriteriaQuery<AuditEntryView> select(AuditFilter filter, Instant beforeTime, Long beforeId) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntryView> select = cb.createQuery(AuditEntryView.class);
		Root<AuditEntry> entry = select.from(AuditEntry.class);
		List<Predicate> where = new ArrayList<>(List.of(filters(cb, entry, filter)));
		Expression<Instant> time = entry.get("occurredAt");
		if (beforeTime != null) {
			// the same as (time < t or (time = t and id < i)), in a form that keeps the
			// range on the index
			where.add(cb.lessThanOrEqualTo(time, beforeTime));
			where.add(cb.or(cb.lessThan(time, beforeTime), cb.lessThan(entry.get("id"), beforeId)));
		}
		List<Order> order = new ArrayList<>();
		leadingColumns(filter).forEach(column -> order.add(cb.desc(entry.get(column))));
		order.add(cb.desc(time));
		order.add(cb.desc(entry.get("id")));
		select
			.select(cb.construct(AuditEntryView.class, entry.get("id"), time, entry.get("actorId"),
					entry.get("actorName"), entry.get("action"), entry.get("subjectType"), entry.get("subjectId"),
					entry.get("before"), entry.get("after"), entry.get("reason")))
			.where(where.toArray(Predicate[]::new))
			.orderBy(order);
		return select;
	}

	/**
	 * The columns of the index that serves the most selective filter, which the filter
	 * fixes to one value. Ordering by them first changes nothing in the result, but lets
	 * H2 (like PostgreSQL on its own) read the page in order from that index instead of
	 * sorting every matching entry.
	 */
	private static List<String> leadingColumns(AuditFilter filter) {
		if (filter.subjectType() != null && filter.subjectId() != null) {
			return List.of("subjectType", "subjectId");
		}
		if (filter.actor() != null && filter.actor().accountId() != null) {
			return List.of("actorId");
		}
		if (filter.action() != null) {
			return List.of("action");
		}
		return List.of();
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
