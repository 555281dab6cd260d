package nl.wijkstem.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

	List<Question> findByConsultationIdOrderByPosition(Long consultationId);

}
