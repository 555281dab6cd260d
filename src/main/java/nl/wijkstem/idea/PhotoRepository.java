package nl.wijkstem.idea;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The author's photos of an idea, and apart from them the photos moderators add to a
 * progress update.
 */
interface PhotoRepository extends JpaRepository<Photo, Long> {

	@Query("select p from Photo p where p.ideaId = :ideaId and p.statusChangeId is null order by p.position")
	List<Photo> findByIdeaIdOrderByPositionAsc(@Param("ideaId") Long ideaId);

	@Query("select p from Photo p where p.ideaId in :ideaIds and p.statusChangeId is null order by p.position")
	List<Photo> findByIdeaIdInOrderByPositionAsc(@Param("ideaIds") Collection<Long> ideaIds);

	@Query("select count(p) from Photo p where p.ideaId = :ideaId and p.statusChangeId is null")
	long countByIdeaId(@Param("ideaId") Long ideaId);

	/** The author's photos on ideas in these statuses, over all their ideas. */
	@Query("select count(p) from Photo p, Idea i where p.ideaId = i.id and i.authorId = :authorId"
			+ " and i.status in :statuses and p.statusChangeId is null")
	long countByAuthor(@Param("authorId") Long authorId, @Param("statuses") Collection<IdeaStatus> statuses);

	List<Photo> findByIdeaIdAndStatusChangeIdIsNotNullOrderByPositionAsc(Long ideaId);

	/** Every photo of these ideas, also those of status updates. */
	List<Photo> findAllByIdeaIdIn(Collection<Long> ideaIds);

}
