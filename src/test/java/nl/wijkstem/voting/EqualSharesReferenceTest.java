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
 * Equal Shares against a reference written for clarity only: every voter's money an exact
 * fraction, every price computed from scratch each step, on small random elections full
 * of ties (few voters, a handful of equal costs).
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

		assertThat(reference(candidates, approvals, 8, 6)).containsExactly(103L, 104L, 100L);
		assertThat(Tally.equalShares(candidates, approvals, 8, 6).chosen()).containsExactly(103L, 104L, 100L);
	}

	private static void compareWithTheReference(Random random, int runs, int maxVoters, int maxIdeas, int maxBudget,
			long[] costs) {
		for (int run = 0; run < runs; run++) {
			int voters = 1 + random.nextInt(maxVoters);
			int count = 1 + random.nextInt(maxIdeas);
			long budget = 1 + random.nextInt(maxBudget);
			List<int[]> approvals = new ArrayList<>();
			int[] votes = new int[count];
			int ballots = random.nextInt(voters + 1);
			for (int voter = 0; voter < ballots; voter++) {
				int[] ballot = IntStream.range(0, count).filter(i -> random.nextInt(3) > 0).toArray();
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
			String election = "run " + run + ": " + candidates + ", budget " + budget + ", voters " + voters
					+ ", ballots " + approvals.stream().map(Arrays::toString).toList();

			Tally.EqualShares shares = Tally.equalShares(candidates, approvals, voters, budget);

			assertThat(shares.chosen()).as(election)
				.containsExactlyElementsOf(reference(candidates, approvals, voters, budget));
		}
	}

	/** Equal Shares with approval utilities and the most-votes-first completion. */
	private static List<Long> reference(List<Tally.Candidate> candidates, List<int[]> approvals, int voters,
			long budget) {
		Fraction[] money = new Fraction[voters];
		Arrays.fill(money, new Fraction(BigInteger.valueOf(budget), BigInteger.valueOf(voters)));
		List<Tally.Candidate> byVotes = candidates.stream()
			.sorted(Comparator.comparingInt(Tally.Candidate::votes)
				.reversed()
				.thenComparingInt(Tally.Candidate::tieRank))
			.toList();
		List<Long> chosen = new ArrayList<>();
		while (true) {
			Tally.Candidate best = null;
			Fraction bestRho = null;
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
				// byVotes is in tie-break order, so only a strictly lower price wins
				if (rho != null && (bestRho == null || rho.compareTo(bestRho) < 0)) {
					best = candidate;
					bestRho = rho;
				}
			}
			if (best == null) {
				break;
			}
			int index = candidates.indexOf(best);
			for (int voter = 0; voter < approvals.size(); voter++) {
				if (Arrays.stream(approvals.get(voter)).anyMatch(i -> i == index)) {
					money[voter] = money[voter].compareTo(bestRho) <= 0 ? Fraction.ZERO : money[voter].minus(bestRho);
				}
			}
			chosen.add(best.itemId());
		}
		long left = budget - candidates.stream()
			.filter(candidate -> chosen.contains(candidate.itemId()))
			.mapToLong(Tally.Candidate::cost)
			.sum();
		for (Tally.Candidate candidate : byVotes) {
			if (candidate.votes() > 0 && !chosen.contains(candidate.itemId()) && candidate.cost() <= left) {
				chosen.add(candidate.itemId());
				left -= candidate.cost();
			}
		}
		return chosen;
	}

	/**
	 * The lowest rho with sum of min(money, rho) equal to the cost, by trying every
	 * supporter's money and the cost's equal split as the point where payers start paying
	 * in full; {@code null} when together they have less than the cost.
	 */
	private static Fraction rho(long cost, List<Fraction> money) {
		Fraction price = new Fraction(BigInteger.valueOf(cost), BigInteger.ONE);
		if (money.isEmpty() || money.stream().reduce(Fraction.ZERO, Fraction::plus).compareTo(price) < 0) {
			return null;
		}
		Fraction lowest = null;
		for (int poorer = 0; poorer < money.size(); poorer++) {
			// the "poorer" supporters with the least money pay all; the rest share the
			// rest
			List<Fraction> sorted = money.stream().sorted().toList();
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
