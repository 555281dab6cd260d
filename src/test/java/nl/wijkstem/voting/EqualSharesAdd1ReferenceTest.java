package nl.wijkstem.voting;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Equal Shares as Dutch and Polish cities run it ({@link SharesVariant#COST_ADD1}: cost
 * utilities, the Add1 completion, then the greedy top-up) against the reference written
 * for clarity only ({@link EqualSharesReference}), on small random elections full of ties
 * (few voters, a handful of equal costs, ideas that cost nothing, ideas without votes).
 */
class EqualSharesAdd1ReferenceTest {

	@Test
	void costAdd1_choosesAsExactArithmeticDoes_onThousandsOfSmallTieHeavyElections() {
		compareWithTheReference(new Random(67), 4000, 12, 7, 40, new long[] { 0, 1, 2, 3, 4, 6, 12 });
	}

	@Test
	void costAdd1_choosesAsExactArithmeticDoes_withMoreVotersAndUnevenShares() {
		compareWithTheReference(new Random(6767), 400, 60, 8, 1000, new long[] { 7, 30, 60, 90, 100, 120, 333 });
	}

	@Test
	void costAdd1_choosesAsExactArithmeticDoes_whenEverythingFitsTheBudget() {
		// the budget pays for every idea: the completion runs until all with votes are in
		compareWithTheReference(new Random(676767), 1000, 10, 6, 0, new long[] { 1, 2, 3, 5, 8, 13 });
	}

	private static void compareWithTheReference(Random random, int runs, int maxVoters, int maxIdeas, int maxBudget,
			long[] costs) {
		for (int run = 0; run < runs; run++) {
			EqualSharesReference.Election election = EqualSharesReference.tieHeavy(random, maxVoters, maxIdeas, 1 / 3.0,
					maxBudget, costs);

			EqualSharesReference.assertCountedAsByTheReference(election, SharesVariant.COST_ADD1, "run " + run);
		}
	}

}
