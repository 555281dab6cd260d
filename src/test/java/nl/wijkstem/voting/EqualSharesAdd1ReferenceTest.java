package nl.wijkstem.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equal Shares as Dutch and Polish cities run it ({@link SharesVariant#COST_ADD1}: cost
 * utilities, the Add1 completion, then the greedy top-up) against a reference written for
 * clarity only: every voter's money an exact fraction, every price computed from scratch
 * each step, every Add1 run done in full, on small random elections full of ties (few
 * voters, a handful of equal costs, ideas that cost nothing, ideas without votes).
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
			int voters = 1 + random.nextInt(maxVoters);
			int count = 1 + random.nextInt(maxIdeas);
			List<int[]> approvals = new ArrayList<>();
			int[] votes = new int[count];
			int ballots = random.nextInt(voters + 1);
			for (int voter = 0; voter < ballots; voter++) {
				int[] ballot = IntStream.range(0, count).filter(i -> random.nextInt(3) == 0).toArray();
				if (ballot.length > 0) {
					approvals.add(ballot);
					Arrays.stream(ballot).forEach(i -> votes[i]++);
				}
			}
			List<Integer> tieRanks = new ArrayList<>(IntStream.range(0, count).boxed().toList());
			Collections.shuffle(tieRanks, random);
			List<Tally.Candidate> candidates = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				candidates
					.add(new Tally.Candidate(100 + i, costs[random.nextInt(costs.length)], votes[i], tieRanks.get(i)));
			}
			long budget = maxBudget > 0 ? 1 + random.nextInt(maxBudget)
					: candidates.stream().mapToLong(Tally.Candidate::cost).sum() + random.nextInt(5);
			String election = "run " + run + ": " + candidates + ", budget " + budget + ", voters " + voters
					+ ", ballots " + approvals.stream().map(Arrays::toString).toList();

			Tally.EqualShares shares = Tally.equalShares(candidates, approvals, voters, budget,
					SharesVariant.COST_ADD1);

			List<Long> expected = reference(candidates, approvals, voters, budget);
			assertThat(shares.chosen()).as(election).containsExactlyInAnyOrderElementsOf(expected);
			long votedCost = candidates.stream().filter(c -> c.votes() > 0).mapToLong(Tally.Candidate::cost).sum();
			if (votedCost > budget) {
				// the order too, where the count could not skip to "all of them"
				assertThat(shares.chosen()).as(election).containsExactlyElementsOf(expected);
			}
		}
	}

	/**
	 * Add1 as pabutools runs it: start with the budget divided equally; while the outcome
	 * is not exhaustive, add 1 to every voter's start and run again; the first outcome
	 * over the budget ends it, and the one before is kept. Then the greedy top-up.
	 */
	static List<Long> reference(List<Tally.Candidate> candidates, List<int[]> approvals, int voters, long budget) {
		List<Tally.Candidate> byVotes = candidates.stream()
			.sorted(Comparator.comparingInt(Tally.Candidate::votes)
				.reversed()
				.thenComparingInt(Tally.Candidate::tieRank))
			.toList();
		Fraction start = new Fraction(BigInteger.valueOf(budget), BigInteger.valueOf(voters));
		List<Long> kept = run(candidates, byVotes, approvals, voters, start);
		while (!exhaustive(candidates, kept, budget)) {
			start = start.plus(new Fraction(BigInteger.ONE, BigInteger.ONE));
			List<Long> next = run(candidates, byVotes, approvals, voters, start);
			if (cost(candidates, next) > budget) {
				break;
			}
			kept = next;
		}
		List<Long> chosen = new ArrayList<>(kept);
		long left = budget - cost(candidates, chosen);
		for (Tally.Candidate candidate : byVotes) {
			if (candidate.votes() > 0 && !chosen.contains(candidate.itemId()) && candidate.cost() <= left) {
				chosen.add(candidate.itemId());
				left -= candidate.cost();
			}
		}
		return chosen;
	}

	private static boolean exhaustive(List<Tally.Candidate> candidates, List<Long> chosen, long budget) {
		long left = budget - cost(candidates, chosen);
		return candidates.stream()
			.noneMatch(candidate -> candidate.votes() > 0 && !chosen.contains(candidate.itemId())
					&& candidate.cost() <= left);
	}

	private static long cost(List<Tally.Candidate> candidates, List<Long> chosen) {
		return candidates.stream()
			.filter(candidate -> chosen.contains(candidate.itemId()))
			.mapToLong(Tally.Candidate::cost)
			.sum();
	}

	/**
	 * One run of Equal Shares with cost utilities, every voter starting with
	 * {@code start}.
	 */
	private static List<Long> run(List<Tally.Candidate> candidates, List<Tally.Candidate> byVotes,
			List<int[]> approvals, int voters, Fraction start) {
		Fraction[] money = new Fraction[voters];
		Arrays.fill(money, start);
		List<Long> chosen = new ArrayList<>();
		while (true) {
			Tally.Candidate best = null;
			Fraction bestRho = null;
			Fraction bestKey = null;
			for (Tally.Candidate candidate : byVotes) {
				if (chosen.contains(candidate.itemId())) {
					continue;
				}
				int index = candidates.indexOf(candidate);
				List<Integer> supporters = IntStream.range(0, approvals.size())
					.filter(voter -> Arrays.stream(approvals.get(voter)).anyMatch(i -> i == index))
					.boxed()
					.toList();
				Fraction rho = rho(candidate.cost(), supporters.stream().map(voter -> money[voter]).toList());
				if (rho == null) {
					continue;
				}
				// a supporter values the idea at its cost: what matters is rho per euro
				// of value; an idea that costs nothing costs nobody anything
				Fraction key = candidate.cost() == 0 ? Fraction.ZERO
						: new Fraction(rho.numerator, rho.denominator.multiply(BigInteger.valueOf(candidate.cost())));
				// byVotes is in tie-break order, so only a strictly lower key wins
				if (bestKey == null || key.compareTo(bestKey) < 0) {
					best = candidate;
					bestRho = rho;
					bestKey = key;
				}
			}
			if (best == null) {
				return chosen;
			}
			int index = candidates.indexOf(best);
			for (int voter = 0; voter < approvals.size(); voter++) {
				if (Arrays.stream(approvals.get(voter)).anyMatch(i -> i == index)) {
					money[voter] = money[voter].compareTo(bestRho) <= 0 ? Fraction.ZERO : money[voter].minus(bestRho);
				}
			}
			chosen.add(best.itemId());
		}
	}

	/**
	 * The lowest rho with sum of min(money, rho) equal to the cost, by trying every
	 * number of poorer supporters who pay all they have; {@code null} when together they
	 * have less than the cost or nobody supports the idea.
	 */
	private static Fraction rho(long cost, List<Fraction> money) {
		Fraction price = new Fraction(BigInteger.valueOf(cost), BigInteger.ONE);
		if (money.isEmpty() || money.stream().reduce(Fraction.ZERO, Fraction::plus).compareTo(price) < 0) {
			return null;
		}
		List<Fraction> sorted = money.stream().sorted().toList();
		Fraction lowest = null;
		for (int poorer = 0; poorer < money.size(); poorer++) {
			Fraction paid = sorted.subList(0, poorer).stream().reduce(Fraction.ZERO, Fraction::plus);
			int payers = money.size() - poorer;
			Fraction rho = price.minus(paid).dividedBy(payers);
			boolean fits = sorted.subList(0, poorer).stream().allMatch(m -> m.compareTo(rho) <= 0)
					&& sorted.subList(poorer, sorted.size()).stream().allMatch(m -> m.compareTo(rho) >= 0);
			if (fits && (lowest == null || rho.compareTo(lowest) < 0)) {
				lowest = rho;
			}
		}
		return lowest;
	}

	private record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

		static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

		Fraction plus(Fraction other) {
			return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
					denominator.multiply(other.denominator));
		}

		Fraction minus(Fraction other) {
			return plus(new Fraction(other.numerator.negate(), other.denominator));
		}

		Fraction dividedBy(int divisor) {
			return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
		}

		@Override
		public int compareTo(Fraction other) {
			return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
		}

	}

}
