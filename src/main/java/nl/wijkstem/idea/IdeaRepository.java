package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdeaRepository extends JpaRepository<Idea, Long>, JpaSpecificationExecutor<Idea> {

	/**
	 * The ideas with these ids in one statement, also for none: a page that looks ideas
	 * up this way costs the same whether it finds any (findAllById skips the query).
	 */
	@Query("select i from Idea i where i.id in :ids")
	List<Idea> findAllWithIds(@Param("ids") Collection<Long> ids);

	/** When the author sent in ideas after {@code since}, newest first (rate limits). */
	@Query("select i.submittedAt from Idea i where i.authorId = :authorId and i.submittedAt > :since "
			+ "order by i.submittedAt desc")
	List<Instant> submittedTimes(Long authorId, Instant since, Limit limit);

	long countByStatus(IdeaStatus status);

	long countByAuthorIdAndStatus(Long authorId, IdeaStatus status);

	Page<Idea> findByStatusOrderBySubmittedAtAscIdAsc(IdeaStatus status, Pageable page);

	Page<Idea> findByStatusInAndGoalIdIsNullOrderByPublishedAtAscIdAsc(Collection<IdeaStatus> statuses, Pageable page);

	/** Published at once under post-moderation, not yet looked at by a moderator. */
	Page<Idea> findByStatusInAndReviewedFalseOrderByPublishedAtAscIdAsc(Collection<IdeaStatus> statuses, Pageable page);

	long countByStatusInAndReviewedFalse(Collection<IdeaStatus> statuses);

	long countByAuthorIdAndIdNotAndStatusNot(Long authorId, Long ideaId, IdeaStatus excluded);

	List<Idea> findByAuthorIdAndStatusNotOrderByUpdatedAtDesc(Long authorId, IdeaStatus excluded);

	List<Idea> findByAuthorIdAndStatusOrderByUpdatedAtDescIdDesc(Long authorId, IdeaStatus status);

	@Query("""
			select new nl.wijkstem.idea.IdeaText(i.id, i.title, i.description) from Idea i
			where i.status in :statuses and i.hidden = false""")
	Stream<IdeaText> streamVisibleTexts(@Param("statuses") Collection<IdeaStatus> statuses);

	@Query("""
			select i from Idea i where i.status in :statuses and i.hidden = false
			and i.latitude between :south and :north and i.longitude between :west and :east
			order by (i.latitude - (:south + :north) / 2) * (i.latitude - (:south + :north) / 2)
			    + (i.longitude - (:west + :east) / 2) * (i.longitude - (:west + :east) / 2) * :longitudeScale,
			  i.supportCount desc, i.id""")
	List<Idea> findPublishedWithin(@Param("south") double south, @Param("north") double north,
			@Param("west") double west, @Param("east") double east, @Param("longitudeScale") double longitudeScale,
			@Param("statuses") Collection<IdeaStatus> statuses, Pageable page);

	@Query("select i.id from Idea i where i.id in :ids")
	List<Long> existing(@Param("ids") Collection<Long> ids);

	@Modifying
	@Query("update Idea i set i.commentCount = i.commentCount + :delta where i.id = :id")
	void addComments(@Param("id") Long ideaId, @Param("delta") int delta);

	@Modifying
	@Query("update Idea i set i.supportCount = i.supportCount + :delta where i.id = :id")
	void addSupports(@Param("id") Long ideaId, @Param("delta") int delta);

	@Modifying
	@Query("""
			update Idea i set i.supportCount = i.supportCount - 1
			where i.id in (select s.ideaId from Support s where s.accountId = :accountId)""")
	void removeSupportsOf(@Param("accountId") Long accountId);

	@Modifying
	@Query("update Idea i set i.authorId = null where i.authorId = :accountId")
	void forgetAuthor(@Param("accountId") Long accountId);

	List<Idea> findByAuthorIdOrderByCreatedAtAscIdAsc(Long authorId);

	long countByAuthorId(Long authorId);

	@Query("select new nl.wijkstem.idea.IdeaText(i.id, i.title, i.description) from Idea i where i.language is null")
	List<IdeaText> withoutLanguage(Pageable page);

	@Modifying
	@Query("update Idea i set i.language = :language where i.id = :id")
	void setLanguage(@Param("id") Long ideaId, @Param("language") String language);

}
