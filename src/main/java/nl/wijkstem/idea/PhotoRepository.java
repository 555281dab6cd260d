package nl.wijkstem.idea;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<Photo, Long> {

	List<Photo> findByIdeaIdOrderByPositionAsc(Long ideaId);

	List<Photo> findByIdeaIdInOrderByPositionAsc(Collection<Long> ideaIds);

	long countByIdeaId(Long ideaId);

}
