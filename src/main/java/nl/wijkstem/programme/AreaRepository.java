package nl.wijkstem.programme;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, Long> {

	Optional<Area> findFirstByOrderByIdAsc();

}
