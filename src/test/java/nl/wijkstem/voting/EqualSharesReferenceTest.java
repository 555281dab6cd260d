package nl.wijkstem.voting;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equal Shares by supporters against the reference written for clarity only
 * ({@link EqualSharesReference}), on small random elections full of ties (few voters, a
 * handful of equal costs); and both variants on elections whose voters end up with more
 * than 64 different amounts of money.
 */
class EqualSharesReferenceTest {

	@Test
	void equalShares_choosesAsExactArithmeticDoes_onThousandsOfSmallTieHeavyElections() {
		compareWithTheReference(new Random(18), 4000, 12, 7, 40, new long[] { 0, 1, 2, 3, 4, 6, 12 });
	}

	@Test
	void equalShares_choosesAsExactArithmeticDoes_withMoreVotersAndUnevenShares() {
		compareWithTheReference(new Random(1818), 400, 60, 8, 1000, new long[] { 7, 30, 60, 90, 100, 120, 333 });
	}

	/**
	 * Found by the comparison with many more runs: after 1 (103) is paid, 104 and 100
	 * cost their supporters exactly the same, 104 is ranked first, but the doubles of the
	 * two prices differ in the last place and put 100 first.
	 */
	@Test
	void equalShares_pricesEqualInFractionsButNotInDoubles_goToTheTieRule() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(100, 2, 4, 0), new Tally.Candidate(101, 4, 3, 4),
				new Tally.Candidate(102, 3, 5, 2), new Tally.Candidate(103, 1, 3, 3),
				new Tally.Candidate(104, 3, 6, 1));
		List<int[]> approvals = List.of(new int[] { 0, 2, 4 }, new int[] { 0 }, new int[] { 0, 2, 3, 4 },
				new int[] { 1, 4 }, new int[] { 0, 1, 2, 3, 4 }, new int[] { 2, 3, 4 }, new int[] { 1, 2, 4 });
		EqualSharesReference.Election election = new EqualSharesReference.Election(candidates, approvals, 8, 6);

		assertThat(EqualSharesReference.chosen(election, SharesVariant.BY_SUPPORTERS)).containsExactly(103L, 104L,
				100L);
		assertThat(Tally.equalShares(candidates, approvals, 8, 6).chosen()).containsExactly(103L, 104L, 100L);
	}

	/**
	 * The count keeps voters with the same history in one purse, in arrays that start
	 * with room for 64 and grow. Growing them once sent voters to a stale purse, which
	 * the small elections above never reach: here 150 voters choose each idea by a coin
	 * toss, so after a few steps almost every voter has another history.
	 */
	@ParameterizedTest
	@EnumSource(SharesVariant.class)
	void equalShares_takesTheStepsOfExactArithmetic_whenVotersHoldMoreThan64DifferentAmounts(SharesVariant variant) {
		Random random = new Random(64);
		for (int number = 0; number < 15; number++) {
			EqualSharesReference.Election election = EqualSharesReference.manyHistories(random, 150, 12,
					new long[] { 1, 2, 3, 4, 6 }, 0.5, 1.0);
			assertThat(EqualSharesReference.mostDistinctAmounts(election)).as("election %d", number).isGreaterThan(64);

			EqualSharesReference.assertCountedAsByTheReference(election, variant, "election " + number);
		}
	}

	private static void compareWithTheReference(Random random, int runs, int maxVoters, int maxIdeas, int maxBudget,
			long[] costs) {
		for (int run = 0; run < runs; run++) {
			EqualSharesReference.Election election = EqualSharesReference.tieHeavy(random, maxVoters, maxIdeas, 2 / 3.0,
					maxBudget, costs);

			EqualSharesReference.assertCountedAsByTheReference(election, SharesVariant.BY_SUPPORTERS, "run " + run);
		}
	}

}
