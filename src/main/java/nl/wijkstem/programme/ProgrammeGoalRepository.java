package nl.wijkstem.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeGoalRepository extends JpaRepository<ProgrammeGoal, Long> {

	List<ProgrammeGoal> findByAreaIdOrderBySortOrderAsc(Long areaId);

}
