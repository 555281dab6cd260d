package nl.wijkstem.voting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotItemIdeaRepository extends JpaRepository<BallotItemIdea, Long> {

	List<BallotItemIdea> findByItemIdInOrderByItemIdAscPositionAsc(Collection<Long> itemIds);

	List<BallotItemIdea> findByItemIdOrderByPositionAsc(Long itemId);

	boolean existsByRoundIdAndIdeaId(Long roundId, Long ideaId);

}
