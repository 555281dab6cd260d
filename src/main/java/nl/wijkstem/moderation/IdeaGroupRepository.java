package nl.wijkstem.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaGroupRepository extends JpaRepository<IdeaGroup, Long> {

	List<IdeaGroup> findByGoalIdOrderByNameAscIdAsc(Long goalId);

	List<IdeaGroup> findAllByOrderByNameAscIdAsc();

	boolean existsByGoalIdAndNameIgnoreCase(Long goalId, String name);

	boolean existsByGoalIdAndNameIgnoreCaseAndIdNot(Long goalId, String name, Long id);

}
