package nl.wijkstem.consultation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionOptionRepository extends JpaRepository<QuestionOption, Long> {

	List<QuestionOption> findByQuestionIdInOrderByQuestionIdAscPositionAsc(Collection<Long> questionIds);

	List<QuestionOption> findByQuestionIdOrderByPosition(Long questionId);

}
