package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

	/** Reported items with open reports, the longest waiting first. */
	@Query(value = """
			select new nl.wijkstem.idea.ReportedTarget(r.targetKey, r.ideaId, r.commentId, count(r), min(r.createdAt))
			from Report r where r.resolution is null
			group by r.targetKey, r.ideaId, r.commentId order by min(r.createdAt), r.targetKey""",
			countQuery = "select count(distinct r.targetKey) from Report r where r.resolution is null")
	Page<ReportedTarget> openTargets(Pageable page);

	@Query("select count(distinct r.targetKey) from Report r where r.resolution is null")
	long countOpenTargets();

	long countByTargetKeyAndResolutionIsNull(String targetKey);

	List<Report> findByTargetKeyInAndResolutionIsNull(Collection<String> targetKeys);

	/** Closes the open reports of an idea or comment. */
	default void resolve(String targetKey, ReportResolution resolution, java.time.Instant now) {
		findByTargetKeyInAndResolutionIsNull(List.of(targetKey)).forEach(report -> report.resolve(resolution, now));
	}

	List<Report> findByIdeaIdAndResolutionIsNullOrderByCreatedAtAsc(Long ideaId);

	List<Report> findByReporterIdOrderByCreatedAtAscIdAsc(Long reporterId);

	long countByReporterId(Long reporterId);

	/**
	 * When the resident reported something after {@code since}, newest first (rate
	 * limits).
	 */
	@Query("select r.createdAt from Report r where r.reporterId = :reporterId and r.createdAt > :since "
			+ "order by r.createdAt desc")
	List<Instant> reportedTimes(Long reporterId, Instant since, Limit limit);

}
