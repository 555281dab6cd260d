package nl.wijkstem.moderation.bureau;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	List<Claim> findByIdeaIdInAndExpiresAtAfter(Collection<Long> ideaIds, Instant now);

	List<Claim> findByHolderIdOrderByClaimedAtAsc(Long holderId);

	@Modifying
	@Query("delete from Claim c where c.ideaId = :ideaId")
	int release(@Param("ideaId") Long ideaId);

}
