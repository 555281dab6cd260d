package nl.wijkstem.idea;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaStatusChangeRepository extends JpaRepository<IdeaStatusChange, Long> {

	List<IdeaStatusChange> findByIdeaIdOrderByChangedAtAscIdAsc(Long ideaId);

	List<IdeaStatusChange> findByIdeaIdInOrderByChangedAtAscIdAsc(Collection<Long> ideaIds);

}
