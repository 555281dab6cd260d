package nl.wijkstem.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	List<Consultation> findAllByOrderByOpensAtDescIdDesc();

}
