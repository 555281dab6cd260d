package nl.wijkstem.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BallotItemRepository extends JpaRepository<BallotItem, Long> {

	List<BallotItem> findByRoundIdOrderByPositionAscIdAsc(Long roundId);

	boolean existsByRoundIdAndIdeaId(Long roundId, Long ideaId);

	boolean existsByRoundIdAndGroupId(Long roundId, Long groupId);

	@Query("select coalesce(max(i.position), 0) from BallotItem i where i.roundId = :roundId")
	int lastPosition(@Param("roundId") Long roundId);

}
