package nl.wijkstem.voting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faster count ({@link Tally#equalShares}) chooses exactly what the count before it
 * ({@link EqualSharesBefore}) chose: the same ideas in the same order, at the same
 * prices, with the same Add1 share, for both variants. The elections are larger than the
 * reference tests can afford (up to 1,500 voters and 40 ideas), so that voters run out of
 * money, prices need exact fractions of many steps and Add1 runs several times; costs are
 * drawn from a few values so that prices tie.
 */
class EqualSharesBeforeTest {

	@Test
	void fasterCount_choosesAsBefore_onRandomElectionsWithLongBallots() {
		compare(new Random(4242), 120, 1500, 40, 0.3, 0.9);
	}

	@Test
	void fasterCount_choosesAsBefore_onRandomElectionsWithShortBallots() {
		compare(new Random(424242), 400, 400, 25, 0.05, 0.4);
	}

	/** A random election: candidates, ballots (as lists) and their number of voters. */
	record Election(List<Tally.Candidate> candidates, List<int[]> approvals, int voters, long budget) {
	}

	/**
	 * Ballots that each take a random share of the ideas, in random order, while they fit
	 * the budget; costs drawn from a few values (prices tie) or spread widely.
	 */
	static Election election(Random random, int maxVoters, int maxIdeas, double minShare, double maxShare) {
		int voters = 1 + random.nextInt(maxVoters);
		int count = 1 + random.nextInt(maxIdeas);
		long[][] costSets = { { 1, 2, 3, 4, 6, 12 }, { 1_000, 2_000, 5_000 }, { 0, 7, 30, 60, 90, 333 },
				IntStream.range(0, count).mapToLong(i -> 1 + random.nextInt(10_000)).toArray() };
		long[] costs = costSets[random.nextInt(costSets.length)];
		long[] cost = IntStream.range(0, count).mapToLong(i -> costs[random.nextInt(costs.length)]).toArray();
		long total = java.util.Arrays.stream(cost).sum();
		long budget = 1 + (long) (total * (0.05 + 1.2 * random.nextDouble()));
		// each ballot takes a share of the ideas in random order while they fit
		double share = minShare + (maxShare - minShare) * random.nextDouble();
		List<int[]> approvals = new ArrayList<>();
		int[] votes = new int[count];
		List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
		int ballots = random.nextInt(voters + 1);
		for (int voter = 0; voter < ballots; voter++) {
			Collections.shuffle(order, random);
			int size = (int) Math.round(count * share * random.nextDouble() * 2);
			long spent = 0;
			List<Integer> ballot = new ArrayList<>();
			for (int k = 0; k < count && ballot.size() < size; k++) {
				int idea = order.get(k);
				if (spent + cost[idea] <= budget) {
					ballot.add(idea);
					spent += cost[idea];
				}
			}
			if (!ballot.isEmpty()) {
				approvals.add(ballot.stream().sorted().mapToInt(Integer::intValue).toArray());
				ballot.forEach(idea -> votes[idea]++);
			}
		}
		List<Integer> tieRanks = new ArrayList<>(IntStream.range(0, count).boxed().toList());
		Collections.shuffle(tieRanks, random);
		List<Tally.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			candidates.add(new Tally.Candidate(100 + i, cost[i], votes[i], tieRanks.get(i)));
		}
		return new Election(candidates, approvals, voters, budget);
	}

	private static void compare(Random random, int elections, int maxVoters, int maxIdeas, double minShare,
			double maxShare) {
		for (int number = 0; number < elections; number++) {
			Election election = election(random, maxVoters, maxIdeas, minShare, maxShare);
			List<Tally.Candidate> candidates = election.candidates();
			int voters = election.voters();
			long budget = election.budget();
			Approvals ballotsRead = Approvals.of(election.approvals());
			for (SharesVariant variant : SharesVariant.values()) {
				String described = "election " + number + ", " + variant + ": " + voters + " voters, "
						+ election.approvals().size() + " ballots, budget " + budget + ", " + candidates;

				Tally.EqualShares now = Tally.equalShares(candidates, ballotsRead, voters, budget, variant);

				assertThat(now).as(described)
					.isEqualTo(EqualSharesBefore.equalShares(candidates, ballotsRead, voters, budget, variant));
			}
		}
	}

}
