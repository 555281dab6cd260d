package nl.wijkstem.idea;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaRevisionRepository extends JpaRepository<IdeaRevision, Long> {

	List<IdeaRevision> findByIdeaIdOrderByRevisedAtDescIdDesc(Long ideaId);

}
