package nl.wijkstem.moderation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReasonTemplateRepository extends Repository<ReasonTemplate, Long> {

	ReasonTemplate save(ReasonTemplate template);

	Optional<ReasonTemplate> findById(Long id);

	void delete(ReasonTemplate template);

	void flush();

	@Query("select distinct t from ReasonTemplate t left join fetch t.kinds")
	List<ReasonTemplate> findAllWithKinds();

	@Query("select t from ReasonTemplate t join t.kinds k where k = :kind")
	List<ReasonTemplate> findByKind(DecisionKind kind);

}
