package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VotingRoundRepository extends JpaRepository<VotingRound, Long> {

	List<VotingRound> findAllByOrderByVotingOpensAtDescIdDesc();

	List<VotingRound> findByResultsAtLessThanEqualAndResultsPublishedAtIsNull(Instant now);

	List<VotingRound> findByResultsPublishedAtIsNotNullAndAnonymisedAtIsNull();

}
