package nl.wijkstem.voting;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst case of issue 18, in memory: 100,000 ballots, each choosing 60 to 200 of 200
 * ideas and fitting the budget (about 13 million votes), counted by both Equal Shares
 * variants. What the count chooses is checked against exact arithmetic in
 * {@link EqualSharesReferenceTest}, on elections small enough for it. Not part of the
 * test suite: {@code ./mvnw -Pbenchmark test -Dtest=EqualSharesBenchmarkTest}.
 */
@Tag("benchmark")
class EqualSharesBenchmarkTest {

	static final int BALLOTS = 100_000;

	static final int IDEAS = 200;

	@Test
	void worstCase_bothVariants() {
		Map<String, double[]> results = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		// every idea together fits the budget: a ballot of all 200 is allowed
		measure("all ideas fit (costs 5,000-50,000, budget 6,000,000)", new Random(18), 5_000, 50_000, 6_000_000,
				results, notes);
		// the ideas together cost more than the budget: ballots are cut to fit
		measure("ideas cost more than the budget (costs 1,000-10,000, budget 1,000,000)", new Random(1818), 1_000,
				10_000, 1_000_000, results, notes);
		System.out.println(Timing.table(results));
		notes.forEach((name, note) -> System.out.println("- " + name + ": " + note));
	}

	/**
	 * The worst case's ballots: each chooses 60 to 200 of the ideas at random, dropping
	 * those that no longer fit the budget.
	 */
	record Election(List<Tally.Candidate> candidates, Approvals ballots, long approvals, long budget) {
	}

	static Election worstCase(Random random, int minCost, int maxCost, long budget) {
		long[] costs = new long[IDEAS];
		for (int i = 0; i < IDEAS; i++) {
			costs[i] = minCost + random.nextInt((maxCost - minCost) / 1_000 + 1) * 1_000L;
		}
		Approvals.Builder builder = new Approvals.Builder();
		int[] votes = new int[IDEAS];
		long approvals = 0;
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < IDEAS; i++) {
			order.add(i);
		}
		for (int ballot = 0; ballot < BALLOTS; ballot++) {
			java.util.Collections.shuffle(order, random);
			int size = 60 + random.nextInt(141);
			long spent = 0;
			BitSet chosen = new BitSet(IDEAS);
			for (int k = 0; k < IDEAS && chosen.cardinality() < size; k++) {
				int idea = order.get(k);
				if (spent + costs[idea] <= budget) {
					chosen.set(idea);
					spent += costs[idea];
				}
			}
			for (int idea = chosen.nextSetBit(0); idea >= 0; idea = chosen.nextSetBit(idea + 1)) {
				builder.add(idea);
				votes[idea]++;
				approvals++;
			}
			builder.endBallot();
		}
		List<Tally.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < IDEAS; i++) {
			candidates.add(new Tally.Candidate(i, costs[i], votes[i], i));
		}
		return new Election(candidates, builder.build(), approvals, budget);
	}

	private void measure(String name, Random random, int minCost, int maxCost, long budget,
			Map<String, double[]> results, Map<String, String> notes) {
		long before = allocated();
		Election election = worstCase(random, minCost, maxCost, budget);
		long built = allocated() - before;
		List<Tally.Candidate> candidates = election.candidates();
		Approvals ballots = election.ballots();
		long approvals = election.approvals();
		for (SharesVariant variant : SharesVariant.values()) {
			long start = allocated();
			Tally.EqualShares[] last = new Tally.EqualShares[1];
			// the CPU time of the counting thread: with other builds on the machine the
			// wall-clock time says more about them than about the count
			List<Double> cpuMillis = new ArrayList<>();
			double[] millis = Timing.percentiles(1, 5, () -> {
				long cpuStart = cpu();
				last[0] = Tally.equalShares(candidates, ballots, BALLOTS, budget, variant);
				cpuMillis.add((cpu() - cpuStart) / 1e6);
				return last[0];
			});
			long perRun = (allocated() - start) / 6;
			List<Double> timed = cpuMillis.subList(1, cpuMillis.size()).stream().sorted().toList();
			results.put(name + ", " + variant, millis);
			notes.put(name + ", " + variant, String.format(
					"%,d votes; CPU time per count p50 %,.0f ms, max %,.0f ms; ballots in memory %,d MB allocated to"
							+ " build; %,d MB allocated per count; %d ideas chosen, share per voter %.2f",
					approvals, timed.get(timed.size() / 2), timed.getLast(), built >> 20, perRun >> 20,
					last[0].chosen().size(), last[0].sharePerVoter()));
			assertThat(last[0].chosen()).isNotEmpty();
		}
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
