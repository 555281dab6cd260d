package nl.wijkstem.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocalThemeRepository extends JpaRepository<LocalTheme, Long> {

	List<LocalTheme> findByAreaIdOrderBySortOrderAsc(Long areaId);

}
