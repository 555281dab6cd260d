package nl.wijkstem.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Component;

/**
 * The moderators' queue in the database: one list's filters, order and page as two
 * statements (the page's ids or targets, and the total), whatever the number of ideas.
 */
@Component
class QueueQueries {

	private static final char ESCAPE = '\\';

	private final EntityManager entityManager;

	QueueQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Long> ideaIds(QueueQuery query, Instant now, int offset, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Idea> idea = select.from(Idea.class);
		Path<Instant> since = idea.get(query.list() == QueueList.SUBMITTED ? "submittedAt" : "publishedAt");
		select.select(idea.get("id")).where(ideaFilters(cb, idea, since, query, now));
		List<Order> order = new ArrayList<>();
		if (query.sort() == QueueSort.MOST_REPORTED) {
			Subquery<Long> reports = select.subquery(Long.class);
			Root<Report> report = reports.from(Report.class);
			reports.select(cb.count(report))
				.where(cb.equal(report.get("ideaId"), idea.get("id")), cb.isNull(report.get("commentId")),
						cb.isNull(report.get("resolution")));
			order.add(cb.desc(reports));
		}
		boolean newest = query.sort() == QueueSort.NEWEST;
		order.add(newest ? cb.desc(since) : cb.asc(since));
		order.add(newest ? cb.desc(idea.get("id")) : cb.asc(idea.get("id")));
		select.orderBy(order);
		return entityManager.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	long countIdeas(QueueQuery query, Instant now) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Idea> idea = select.from(Idea.class);
		Path<Instant> since = idea.get(query.list() == QueueList.SUBMITTED ? "submittedAt" : "publishedAt");
		select.select(cb.count(idea)).where(ideaFilters(cb, idea, since, query, now));
		return entityManager.createQuery(select).getSingleResult();
	}

	/** Reported ideas and comments with their open reports, grouped per item. */
	List<ReportedTarget> reportedTargets(QueueQuery query, Instant now, int offset, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<ReportedTarget> select = cb.createQuery(ReportedTarget.class);
		Root<Report> report = select.from(Report.class);
		Root<Idea> idea = select.from(Idea.class);
		Expression<Long> count = cb.count(report);
		Expression<Instant> first = cb.least(report.<Instant>get("createdAt"));
		select
			.select(cb.construct(ReportedTarget.class, report.get("targetKey"), report.get("ideaId"),
					report.get("commentId"), count, first))
			.where(reportFilters(cb, select, report, idea, query, now))
			.groupBy(report.get("targetKey"), report.get("ideaId"), report.get("commentId"));
		select.orderBy(switch (query.sort()) {
			case NEWEST -> List.of(cb.desc(first), cb.desc(report.get("targetKey")));
			case MOST_REPORTED -> List.of(cb.desc(count), cb.asc(first), cb.asc(report.get("targetKey")));
			default -> List.of(cb.asc(first), cb.asc(report.get("targetKey")));
		});
		return entityManager.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	long countReported(QueueQuery query, Instant now) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Report> report = select.from(Report.class);
		Root<Idea> idea = select.from(Idea.class);
		select.select(cb.countDistinct(report.get("targetKey")))
			.where(reportFilters(cb, select, report, idea, query, now));
		return entityManager.createQuery(select).getSingleResult();
	}

	private static Predicate[] ideaFilters(CriteriaBuilder cb, Root<Idea> idea, Path<Instant> since, QueueQuery query,
			Instant now) {
		List<Predicate> filters = new ArrayList<>();
		switch (query.list()) {
			case SUBMITTED -> filters.add(cb.equal(idea.get("status"), IdeaStatus.SUBMITTED));
			case REVIEW -> {
				filters.add(idea.get("status").in(IdeaStatus.LISTED));
				filters.add(cb.isFalse(idea.get("reviewed")));
			}
			case UNFILED -> {
				filters.add(idea.get("status").in(IdeaStatus.LISTED));
				filters.add(cb.isNull(idea.get("goalId")));
			}
			case REPORTED -> throw new IllegalArgumentException("reports are grouped per item");
		}
		if (query.hasText()) {
			filters.add(ideaText(cb, idea, query.textPattern()));
		}
		filters.addAll(ideaAttributes(cb, idea, query));
		if (query.age() != null) {
			Instant atOrBefore = query.age().since(now);
			Instant after = query.age().after(now);
			if (atOrBefore != null) {
				filters.add(cb.lessThanOrEqualTo(since, atOrBefore));
			}
			if (after != null) {
				filters.add(cb.greaterThan(since, after));
			}
		}
		return filters.toArray(Predicate[]::new);
	}

	private static Predicate[] reportFilters(CriteriaBuilder cb, AbstractQuery<?> select, Root<Report> report,
			Root<Idea> idea, QueueQuery query, Instant now) {
		List<Predicate> filters = new ArrayList<>();
		filters.add(cb.equal(idea.get("id"), report.get("ideaId")));
		filters.add(cb.isNull(report.get("resolution")));
		if (query.hasText()) {
			Subquery<Long> comment = select.subquery(Long.class);
			Root<Comment> found = comment.from(Comment.class);
			comment.select(found.get("id"))
				.where(cb.equal(found.get("id"), report.get("commentId")),
						cb.like(cb.lower(found.get("body")), query.textPattern(), ESCAPE));
			filters.add(cb.or(ideaText(cb, idea, query.textPattern()), cb.exists(comment)));
		}
		filters.addAll(ideaAttributes(cb, idea, query));
		if (query.age() != null) {
			// the item's age is its oldest open report's: compared report by report, so
			// the total stays a plain count of items
			Instant atOrBefore = query.age().since(now);
			Instant after = query.age().after(now);
			if (atOrBefore != null) {
				filters.add(cb.exists(openReportAtOrBefore(cb, select, report, atOrBefore)));
			}
			if (after != null) {
				filters.add(cb.not(cb.exists(openReportAtOrBefore(cb, select, report, after))));
			}
		}
		return filters.toArray(Predicate[]::new);
	}

	private static Subquery<Long> openReportAtOrBefore(CriteriaBuilder cb, AbstractQuery<?> select, Root<Report> report,
			Instant moment) {
		Subquery<Long> earlier = select.subquery(Long.class);
		Root<Report> other = earlier.from(Report.class);
		return earlier.select(other.get("id"))
			.where(cb.equal(other.get("targetKey"), report.get("targetKey")), cb.isNull(other.get("resolution")),
					cb.lessThanOrEqualTo(other.get("createdAt"), moment));
	}

	private static Predicate ideaText(CriteriaBuilder cb, Root<Idea> idea, String pattern) {
		return cb.or(cb.like(cb.lower(idea.get("title")), pattern, ESCAPE),
				cb.like(cb.lower(idea.get("description")), pattern, ESCAPE));
	}

	private static List<Predicate> ideaAttributes(CriteriaBuilder cb, Root<Idea> idea, QueueQuery query) {
		List<Predicate> filters = IdeaQueries.filing(cb, idea, query.goalId(), query.themeId(), query.placeKind());
		if (query.language() != null) {
			filters.add(TextLanguage.UNKNOWN.equals(query.language())
					? cb.or(cb.equal(idea.get("language"), TextLanguage.UNKNOWN), cb.isNull(idea.get("language")))
					: cb.equal(idea.get("language"), query.language()));
		}
		return filters;
	}

}
