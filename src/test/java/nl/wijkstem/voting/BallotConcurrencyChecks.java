package nl.wijkstem.voting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One resident submitting many times at once ends with one ballot and the right totals;
 * two different submissions at once never mix into a ballot over the budget. Run on H2
 * and on PostgreSQL by the subclasses.
 */
abstract class BallotConcurrencyChecks extends VotingTest {

	/**
	 * A budget round of 100 over ideas of 60, 50 and 40, open now; round id and item ids.
	 */
	private Long[] openRound() {
		Long a = publishedIdea("Gelijktijdig A");
		Long b = publishedIdea("Gelijktijdig B");
		Long c = publishedIdea("Gelijktijdig C");
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		Long[] ids = { round, rounds.addIdea(round, a, 60L), rounds.addIdea(round, b, 50L),
				rounds.addIdea(round, c, 40L) };
		demo.signIn("kees");
		SignIn.out();
		clock.moveBy(Duration.ofHours(2));
		return ids;
	}

	@Test
	void sameBallot_50threadsTimes20_endsWithOneBallotAndCorrectTotals() throws Exception {
		Long[] setup = openRound();
		Long round = setup[0];
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> done = new ArrayList<>();
		for (int thread = 0; thread < 50; thread++) {
			done.add(pool.submit(demo.inSessionOf("kees", () -> {
				start.await();
				int recorded = 0;
				for (int repetition = 0; repetition < 20; repetition++) {
					voting.cast(round, Set.of(setup[1], setup[3]));
					recorded++;
				}
				return recorded;
			})));
		}
		start.countDown();
		int recorded = 0;
		for (Future<Integer> future : done) {
			recorded += future.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(recorded).isEqualTo(1000);
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round)).isOne();
		assertThat(jdbc.queryForList("""
				select v.item_id from ballot_vote v join ballot b on b.id = v.ballot_id
				where b.round_id = ? order by v.item_id""", Long.class, round)).containsExactly(setup[1], setup[3]);
		assertThat(jdbc.queryForObject("select total_cost from ballot where round_id = ?", Long.class, round))
			.isEqualTo(100);
	}

	@Test
	void twoDifferentBallotsAtOnce_neverMix_andNeverExceedTheBudget() throws Exception {
		Long[] setup = openRound();
		Long round = setup[0];
		Set<Long> first = Set.of(setup[1], setup[3]);
		Set<Long> second = Set.of(setup[2], setup[3]);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong mostSeen = new AtomicLong();
		Future<?> observer = pool.submit(() -> {
			while (running.get()) {
				Long spent = jdbc.queryForObject("""
						select coalesce(sum(i.cost), 0) from ballot_vote v join ballot b on b.id = v.ballot_id
						join ballot_item i on i.id = v.item_id where b.round_id = ?""", Long.class, round);
				mostSeen.accumulateAndGet(spent, Math::max);
			}
		});
		for (int pair = 0; pair < 100; pair++) {
			CountDownLatch start = new CountDownLatch(1);
			Future<MyBallot> one = pool.submit(demo.inSessionOf("kees", () -> {
				start.await();
				return voting.cast(round, first);
			}));
			Future<MyBallot> other = pool.submit(demo.inSessionOf("kees", () -> {
				start.await();
				return voting.cast(round, second);
			}));
			start.countDown();
			one.get(1, TimeUnit.MINUTES);
			other.get(1, TimeUnit.MINUTES);
			List<Long> stored = jdbc.queryForList("""
					select v.item_id from ballot_vote v join ballot b on b.id = v.ballot_id
					where b.round_id = ?""", Long.class, round);
			assertThat(Set.copyOf(stored)).isIn(first, second);
			assertThat(stored).hasSize(2);
		}
		running.set(false);
		observer.get(1, TimeUnit.MINUTES);
		pool.shutdown();

		assertThat(mostSeen.get()).isLessThanOrEqualTo(100);
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round)).isOne();
	}

}
