package nl.wijkstem.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByIdeaIdOrderByCreatedAtAscIdAsc(Long ideaId);

	/**
	 * When the author placed comments after {@code since}, newest first (rate limits).
	 */
	@Query("select c.createdAt from Comment c where c.authorId = :authorId and c.createdAt > :since "
			+ "order by c.createdAt desc")
	List<Instant> createdTimes(Long authorId, Instant since, Limit limit);

	List<Comment> findByIdIn(Collection<Long> ids);

	@Modifying
	@Query("update Comment c set c.authorId = null where c.authorId = :accountId")
	void forgetAuthor(@Param("accountId") Long accountId);

	List<Comment> findByAuthorIdOrderByCreatedAtAscIdAsc(Long authorId);

	long countByAuthorId(Long authorId);

}
