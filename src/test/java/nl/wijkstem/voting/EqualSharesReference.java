package nl.wijkstem.voting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equal Shares written for clarity only, the oracle of the count
 * ({@link Tally#equalShares}, {@link SharesCount}): every voter's money an exact
 * fraction, every price computed from scratch each step, every Add1 run done in full. And
 * the random elections the count is compared with it on.
 */
final class EqualSharesReference {

	private EqualSharesReference() {
	}

	/**
	 * @param approvals the ballots that chose anything
	 * @param voters everyone who cast a ballot, including empty ones
	 */
	record Election(List<Tally.Candidate> candidates, List<int[]> approvals, int voters, long budget) {

		/** What the ideas with votes cost together. */
		long votedCost() {
			return candidates.stream().filter(c -> c.votes() > 0).mapToLong(Tally.Candidate::cost).sum();
		}

		@Override
		public String toString() {
			return candidates + ", budget " + budget + ", voters " + voters + ", ballots "
					+ approvals.stream().map(Arrays::toString).toList();
		}

	}

	/**
	 * The count takes the steps the reference takes: the same ideas in the same order at
	 * the same prices. Except that with {@link SharesVariant#COST_ADD1}, when the budget
	 * pays for every idea with votes, the count adds them all at once in its own order,
	 * so only the ideas are compared.
	 */
	static void assertCountedAsByTheReference(Election election, SharesVariant variant, String name) {
		Tally.EqualShares shares = Tally.equalShares(election.candidates(), election.approvals(), election.voters(),
				election.budget(), variant);

		List<Tally.Step> expected = steps(election, variant);
		String described = name + ", " + variant + ": " + election;
		if (variant == SharesVariant.COST_ADD1 && election.votedCost() <= election.budget()) {
			assertThat(shares.chosen()).as(described).containsExactlyInAnyOrderElementsOf(ids(expected));
		}
		else {
			assertThat(shares.steps()).as(described).containsExactlyElementsOf(expected);
		}
	}

	/** The ideas chosen, in the order they were chosen. */
	static List<Long> chosen(Election election, SharesVariant variant) {
		return ids(steps(election, variant));
	}

	/**
	 * Each idea chosen, with the most a supporter paid for it as a double (0 for the
	 * completion's), as {@link Tally.Step}.
	 */
	static List<Tally.Step> steps(Election election, SharesVariant variant) {
		return variant == SharesVariant.COST_ADD1 ? costAdd1(election) : bySupporters(election);
	}

	/** Equal Shares with approval utilities and the most-votes-first completion. */
	private static List<Tally.Step> bySupporters(Election election) {
		return topUp(election, run(election, share(election), false));
	}

	/**
	 * Add1 as pabutools runs it, with cost utilities: start with the budget divided
	 * equally; while the outcome is not exhaustive, add 1 to every voter's start and run
	 * again; the first outcome over the budget ends it, and the one before is kept. Then
	 * the greedy top-up.
	 */
	private static List<Tally.Step> costAdd1(Election election) {
		Fraction start = share(election);
		List<Tally.Step> kept = run(election, start, true);
		while (!exhaustive(election, kept)) {
			start = start.plus(Fraction.of(1));
			List<Tally.Step> next = run(election, start, true);
			if (cost(election, next) > election.budget()) {
				break;
			}
			kept = next;
		}
		return topUp(election, kept);
	}

	/**
	 * The most different amounts of money voters hold at any step of the run by
	 * supporters: the count keeps voters with one history in one purse, so it needs at
	 * least as many purses at once, besides the one of the voters who have nothing left.
	 */
	static int mostDistinctAmounts(Election election) {
		int[] most = new int[1];
		run(election, share(election), false, money -> {
			Set<Fraction> amounts = new HashSet<>(Arrays.asList(money));
			amounts.remove(Fraction.ZERO);
			most[0] = Math.max(most[0], amounts.size());
		});
		return most[0];
	}

	/**
	 * Small elections full of ties: a handful of costs to draw from, each ballot takes
	 * every idea by chance.
	 * @param approval the chance that a ballot takes an idea
	 * @param maxBudget the largest budget drawn; 0 for one that pays for every idea
	 */
	static Election tieHeavy(Random random, int maxVoters, int maxIdeas, double approval, int maxBudget, long[] costs) {
		int voters = 1 + random.nextInt(maxVoters);
		int count = 1 + random.nextInt(maxIdeas);
		List<int[]> approvals = new ArrayList<>();
		int ballots = random.nextInt(voters + 1);
		for (int voter = 0; voter < ballots; voter++) {
			int[] ballot = IntStream.range(0, count).filter(i -> random.nextDouble() < approval).toArray();
			if (ballot.length > 0) {
				approvals.add(ballot);
			}
		}
		long[] cost = IntStream.range(0, count).mapToLong(i -> costs[random.nextInt(costs.length)]).toArray();
		long budget = maxBudget > 0 ? 1 + random.nextInt(maxBudget) : Arrays.stream(cost).sum() + random.nextInt(5);
		return election(random, cost, approvals, voters, budget);
	}

	/**
	 * Every voter casts a ballot that takes each idea by a coin toss, so almost every
	 * ballot is another; costs drawn from a few values, the budget a part of what all
	 * ideas cost. With small costs and many voters a share is less than 1, so Add1 needs
	 * few runs.
	 */
	static Election manyHistories(Random random, int voters, int ideas, long[] costs, double minPart, double maxPart) {
		List<int[]> approvals = new ArrayList<>();
		for (int voter = 0; voter < voters; voter++) {
			int[] ballot = IntStream.range(0, ideas).filter(i -> random.nextBoolean()).toArray();
			if (ballot.length > 0) {
				approvals.add(ballot);
			}
		}
		long[] cost = IntStream.range(0, ideas).mapToLong(i -> costs[random.nextInt(costs.length)]).toArray();
		double part = minPart + (maxPart - minPart) * random.nextDouble();
		long budget = 1 + (long) (Arrays.stream(cost).sum() * part);
		return election(random, cost, approvals, voters, budget);
	}

	/**
	 * The candidates with their votes counted from the ballots and a shuffled tie-break.
	 */
	private static Election election(Random random, long[] cost, List<int[]> approvals, int voters, long budget) {
		int[] votes = new int[cost.length];
		approvals.forEach(ballot -> Arrays.stream(ballot).forEach(i -> votes[i]++));
		List<Integer> tieRanks = new ArrayList<>(IntStream.range(0, cost.length).boxed().toList());
		Collections.shuffle(tieRanks, random);
		List<Tally.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < cost.length; i++) {
			candidates.add(new Tally.Candidate(100 + i, cost[i], votes[i], tieRanks.get(i)));
		}
		return new Election(candidates, approvals, voters, budget);
	}

	private static Fraction share(Election election) {
		return Fraction.of(BigInteger.valueOf(election.budget()), BigInteger.valueOf(election.voters()));
	}

	private static List<Tally.Candidate> byVotes(Election election) {
		return election.candidates()
			.stream()
			.sorted(Comparator.comparingInt(Tally.Candidate::votes)
				.reversed()
				.thenComparingInt(Tally.Candidate::tieRank))
			.toList();
	}

	private static List<Tally.Step> run(Election election, Fraction start, boolean byCost) {
		return run(election, start, byCost, money -> {
		});
	}

	/**
	 * One run of Equal Shares, every voter starting with {@code start}: step by step the
	 * idea whose supporters can pay for it most cheaply.
	 * @param byCost cost utilities (a supporter values an idea at its cost), otherwise
	 * approval utilities
	 * @param afterEachStep sees every ballot's money after each step
	 */
	private static List<Tally.Step> run(Election election, Fraction start, boolean byCost,
			Consumer<Fraction[]> afterEachStep) {
		List<Tally.Candidate> candidates = election.candidates();
		List<int[]> approvals = election.approvals();
		Fraction[] money = new Fraction[approvals.size()];
		Arrays.fill(money, start);
		List<Tally.Step> steps = new ArrayList<>();
		List<Long> chosen = new ArrayList<>();
		while (true) {
			Tally.Candidate best = null;
			Fraction bestRho = null;
			Fraction bestKey = null;
			for (Tally.Candidate candidate : byVotes(election)) {
				if (chosen.contains(candidate.itemId())) {
					continue;
				}
				int index = candidates.indexOf(candidate);
				List<Fraction> supporters = IntStream.range(0, approvals.size())
					.filter(voter -> approves(approvals.get(voter), index))
					.mapToObj(voter -> money[voter])
					.toList();
				Fraction rho = rho(candidate.cost(), supporters);
				if (rho == null) {
					continue;
				}
				// with cost utilities what matters is rho per euro of value; an idea that
				// costs nothing costs nobody anything
				Fraction key = !byCost ? rho : candidate.cost() == 0 ? Fraction.ZERO : rho.dividedBy(candidate.cost());
				// byVotes is in tie-break order, so only a strictly lower key wins
				if (bestKey == null || key.compareTo(bestKey) < 0) {
					best = candidate;
					bestRho = rho;
					bestKey = key;
				}
			}
			if (best == null) {
				return steps;
			}
			int index = candidates.indexOf(best);
			for (int voter = 0; voter < approvals.size(); voter++) {
				if (approves(approvals.get(voter), index)) {
					money[voter] = money[voter].compareTo(bestRho) <= 0 ? Fraction.ZERO : money[voter].minus(bestRho);
				}
			}
			chosen.add(best.itemId());
			steps.add(new Tally.Step(best.itemId(), bestRho.toDouble(), false));
			afterEachStep.accept(money);
		}
	}

	private static boolean approves(int[] ballot, int index) {
		return Arrays.stream(ballot).anyMatch(i -> i == index);
	}

	/**
	 * The lowest rho with sum of min(money, rho) equal to the cost, by trying every
	 * number of poorer supporters who pay all they have; {@code null} when together they
	 * have less than the cost or nobody supports the idea.
	 */
	private static Fraction rho(long cost, List<Fraction> money) {
		Fraction price = Fraction.of(cost);
		if (money.isEmpty() || money.stream().reduce(Fraction.ZERO, Fraction::plus).compareTo(price) < 0) {
			return null;
		}
		List<Fraction> sorted = money.stream().sorted().toList();
		Fraction lowest = null;
		Fraction paid = Fraction.ZERO;
		for (int poorer = 0; poorer < sorted.size(); poorer++) {
			int payers = sorted.size() - poorer;
			Fraction rho = price.minus(paid).dividedBy(payers);
			boolean fits = sorted.subList(0, poorer).stream().allMatch(m -> m.compareTo(rho) <= 0)
					&& sorted.subList(poorer, sorted.size()).stream().allMatch(m -> m.compareTo(rho) >= 0);
			if (fits && (lowest == null || rho.compareTo(lowest) < 0)) {
				lowest = rho;
			}
			paid = paid.plus(sorted.get(poorer));
		}
		return lowest;
	}

	/** Whether no idea with votes that is not chosen fits in what is left. */
	private static boolean exhaustive(Election election, List<Tally.Step> steps) {
		List<Long> chosen = ids(steps);
		long left = election.budget() - cost(election, steps);
		return election.candidates()
			.stream()
			.noneMatch(candidate -> candidate.votes() > 0 && !chosen.contains(candidate.itemId())
					&& candidate.cost() <= left);
	}

	private static long cost(Election election, List<Tally.Step> steps) {
		List<Long> chosen = ids(steps);
		return election.candidates()
			.stream()
			.filter(candidate -> chosen.contains(candidate.itemId()))
			.mapToLong(Tally.Candidate::cost)
			.sum();
	}

	/** The greedy completion: most votes first, each idea with votes that still fits. */
	private static List<Tally.Step> topUp(Election election, List<Tally.Step> kept) {
		List<Tally.Step> steps = new ArrayList<>(kept);
		List<Long> chosen = ids(kept);
		long left = election.budget() - cost(election, kept);
		for (Tally.Candidate candidate : byVotes(election)) {
			if (candidate.votes() > 0 && !chosen.contains(candidate.itemId()) && candidate.cost() <= left) {
				steps.add(new Tally.Step(candidate.itemId(), 0, true));
				left -= candidate.cost();
			}
		}
		return steps;
	}

	private static List<Long> ids(List<Tally.Step> steps) {
		return steps.stream().map(Tally.Step::itemId).toList();
	}

	/** An exact fraction in lowest terms (so equal amounts are equal records). */
	private record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

		static final Fraction ZERO = of(0);

		static Fraction of(long whole) {
			return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
		}

		static Fraction of(BigInteger numerator, BigInteger denominator) {
			BigInteger gcd = numerator.gcd(denominator);
			return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
		}

		Fraction plus(Fraction other) {
			return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
					denominator.multiply(other.denominator));
		}

		Fraction minus(Fraction other) {
			return plus(new Fraction(other.numerator.negate(), other.denominator));
		}

		Fraction dividedBy(long divisor) {
			return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
		}

		double toDouble() {
			return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
		}

		@Override
		public int compareTo(Fraction other) {
			return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
		}

	}

}
