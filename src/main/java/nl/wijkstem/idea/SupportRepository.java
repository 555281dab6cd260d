package nl.wijkstem.idea;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupportRepository extends JpaRepository<Support, Long> {

	boolean existsByIdeaIdAndAccountId(Long ideaId, Long accountId);

	@Modifying
	@Query("delete from Support s where s.ideaId = :ideaId and s.accountId = :accountId")
	int deleteSupport(@Param("ideaId") Long ideaId, @Param("accountId") Long accountId);

	@Modifying
	@Query("delete from Support s where s.accountId = :accountId")
	void deleteAllOf(@Param("accountId") Long accountId);

	long countByIdeaId(Long ideaId);

	@Query("select s.ideaId from Support s where s.accountId = :accountId and s.ideaId in :ideaIds")
	List<Long> supportedAmong(@Param("accountId") Long accountId, @Param("ideaIds") Collection<Long> ideaIds);

	@Query("select s.accountId from Support s where s.ideaId = :ideaId")
	List<Long> supporters(@Param("ideaId") Long ideaId);

	List<Support> findByAccountIdOrderByCreatedAtAscIdAsc(Long accountId);

	long countByAccountId(Long accountId);

}
