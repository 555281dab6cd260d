package nl.wijkstem.voting;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live totals are counted once and shown again until a ballot of the round changes,
 * through this instance of the application or another one sharing the database.
 */
@ApplicationTest
class ResultsCacheTest extends VotingTest {

	@Autowired
	VotingRoundRepository roundRepository;

	@Autowired
	BallotItemRepository itemRepository;

	@Test
	void liveCount_isKeptUntilABallotChanges_whereverItChanges() {
		Long a = publishedIdea("Bankje");
		Long b = publishedIdea("Boom");
		demo.signIn("beheerder");
		Long round = rounds
			.create(VotingFixtures.round(clock.instant(), BallotKind.SUPPORT, null, 2, null, 0, true, false));
		Long itemA = rounds.addIdea(round, a, null);
		Long itemB = rounds.addIdea(round, b, null);
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("fatima");
		voting.cast(round, Set.of(itemA));

		ResultsService.Outcome first = count(round);
		assertThat(count(round)).isSameAs(first);
		assertThat(first.votes()).containsEntry(itemA, 1);

		// a new ballot
		demo.signIn("kees");
		voting.cast(round, Set.of(itemA, itemB));
		ResultsService.Outcome second = count(round);
		assertThat(second).isNotSameAs(first);
		assertThat(second.votes()).containsEntry(itemA, 2).containsEntry(itemB, 1);
		assertThat(count(round)).isSameAs(second);

		// a changed ballot: as many ballots, the same highest id
		demo.signIn("fatima");
		voting.cast(round, Set.of(itemB));
		ResultsService.Outcome third = count(round);
		assertThat(third.votes()).containsEntry(itemA, 1).containsEntry(itemB, 2);

		// another instance of the application changes a ballot: only the database knows
		Long ballot = jdbc.queryForObject("select id from ballot where round_id = ? and account_id is not null "
				+ "order by id fetch first 1 rows only", Long.class, round);
		jdbc.update("delete from ballot_vote where ballot_id = ?", ballot);
		jdbc.update("update ballot set version = version + 1 where id = ?", ballot);
		ResultsService.Outcome fourth = count(round);
		assertThat(fourth).isNotSameAs(third);
		assertThat(fourth.votes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);

		// and the results page shows the same
		RoundResults shown = results.results(round, Locale.ENGLISH);
		assertThat(shown.lines()).extracting(RoundResults.ResultLine::votes).containsExactlyInAnyOrder(1, 1);
	}

	private ResultsService.Outcome count(Long round) {
		VotingRound stored = roundRepository.findById(round).orElseThrow();
		List<BallotItem> onBallot = itemRepository.findByRoundIdOrderByPositionAscIdAsc(round);
		return results.count(stored, onBallot);
	}

}
