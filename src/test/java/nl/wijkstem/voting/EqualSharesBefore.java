package nl.wijkstem.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.voting.Tally.Add1;
import nl.wijkstem.voting.Tally.Candidate;
import nl.wijkstem.voting.Tally.EqualShares;
import nl.wijkstem.voting.Tally.Step;

/**
 * Equal Shares as {@link Tally} and {@link SharesCount} counted it at {@code main}
 * 4fcb267, before the count was made faster (issue 18, part 4), kept unchanged so that
 * tests can prove the faster count chooses exactly the same ideas, in the same order, at
 * the same prices, with the same Add1 share.
 */
final class EqualSharesBefore {

	private EqualSharesBefore() {
	}

	static EqualShares equalShares(List<Candidate> candidates, Approvals approvals, int voters, long budget,
			SharesVariant variant) {
		if (voters == 0) {
			return new EqualShares(Set.of(), List.of(), 0);
		}
		int count = candidates.size();
		// a candidate's place by votes and tie-break settles equal prices
		int[] place = new int[count];
		List<Candidate> ranked = Tally.ranked(candidates);
		for (int i = 0; i < count; i++) {
			place[candidates.indexOf(ranked.get(i))] = i;
		}
		int[][] supporters = approvals.supporters(count);
		Add1 run = variant == SharesVariant.COST_ADD1 ? add1(candidates, supporters, approvals, voters, budget, place)
				: new Add1(new Count(candidates, supporters, approvals, voters, budget, false).run(place), budget);
		List<Step> steps = new ArrayList<>(run.steps());
		Set<Long> chosen = new LinkedHashSet<>();
		steps.forEach(step -> chosen.add(step.itemId()));
		Set<Long> completed = fill(ranked, budget, new LinkedHashSet<>(chosen));
		completed.stream().filter(item -> !chosen.contains(item)).forEach(item -> steps.add(new Step(item, 0, true)));
		return new EqualShares(completed, steps, (double) run.start() / voters);
	}

	static Add1 add1(List<Candidate> candidates, int[][] supporters, Approvals approvals, int voters, long budget,
			int[] place) {
		long supportedCost = 0;
		for (int i = 0; i < candidates.size(); i++) {
			supportedCost += supporters[i].length > 0 ? candidates.get(i).cost() : 0;
		}
		long start = budget;
		if (supportedCost <= budget) {
			// every outcome fits, so the completion only ends once all ideas with votes
			// are
			// chosen: no run can change that outcome
			return new Add1(everything(candidates, supporters), start);
		}
		List<Step> kept = new Count(candidates, supporters, approvals, voters, start, true).run(place);
		while (!exhaustive(candidates, supporters, kept, budget)) {
			List<Step> next = new Count(candidates, supporters, approvals, voters, start + voters, true).run(place,
					budget);
			if (next == null) {
				// that outcome would cost more than the budget
				break;
			}
			start += voters;
			kept = next;
		}
		return new Add1(kept, start);
	}

	private static List<Step> everything(List<Candidate> candidates, int[][] supporters) {
		List<Step> steps = new ArrayList<>();
		for (Candidate candidate : Tally.ranked(candidates)) {
			if (supporters[candidates.indexOf(candidate)].length > 0) {
				steps.add(new Step(candidate.itemId(), 0, true));
			}
		}
		return steps;
	}

	private static boolean exhaustive(List<Candidate> candidates, int[][] supporters, List<Step> steps, long budget) {
		Set<Long> chosen = new HashSet<>();
		steps.forEach(step -> chosen.add(step.itemId()));
		long left = budget - cost(candidates, steps);
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			if (supporters[i].length > 0 && !chosen.contains(candidate.itemId()) && candidate.cost() <= left) {
				return false;
			}
		}
		return true;
	}

	private static long cost(List<Candidate> candidates, List<Step> steps) {
		Map<Long, Long> costs = new HashMap<>();
		candidates.forEach(candidate -> costs.put(candidate.itemId(), candidate.cost()));
		return steps.stream().mapToLong(step -> costs.get(step.itemId())).sum();
	}

	private static Set<Long> fill(List<Candidate> ranked, long budget, Set<Long> chosen) {
		long left = budget - ranked.stream().filter(c -> chosen.contains(c.itemId())).mapToLong(Candidate::cost).sum();
		for (Candidate candidate : ranked) {
			if (candidate.votes() > 0 && !chosen.contains(candidate.itemId()) && candidate.cost() <= left) {
				chosen.add(candidate.itemId());
				left -= candidate.cost();
			}
		}
		return chosen;
	}

	static final class Count {

		private static final int START = 0;

		private static final int EMPTY = 1;

		/** Double rounding, with room to spare (the unit roundoff is 2^-53). */
		private static final double ROUNDING = 0x1p-51;

		private final List<Tally.Candidate> candidates;

		private final int[][] supporters;

		private final Approvals ballots;

		private final int voters;

		private final long budget;

		/** Cost utilities: the price per supporter is weighed against the idea's cost. */
		private final boolean byCost;

		private final int[] purseOf;

		/** The step at which each candidate was chosen, or -1. */
		private final int[] stepOf;

		private int purses = 2;

		private int[] free = new int[64];

		private int freeCount;

		private int[] members = new int[64];

		/**
		 * A voter who came into the purse when it was opened: the chosen ideas on their
		 * ballot up to that step are the prices paid from it.
		 */
		private int[] holder = new int[64];

		/** The step at which the purse was opened. */
		private int[] opened = new int[64];

		private double[] money = new double[64];

		private Ratio[] exactMoney = new Ratio[64];

		private int[] stamp = new int[64];

		private int[] mark = new int[64];

		private int stamps;

		/** The exact price each supporter paid (the most), per step. */
		private final List<Ratio> prices = new ArrayList<>();

		private final double[] price;

		private final double[] priceError;

		/** Whether the doubles showed which supporters pay all they have. */
		private final boolean[] separated;

		private final Ratio[] exactPrice;

		/** The supporters' money, gathered once per price. */
		private final double[] held;

		/**
		 * @param budget what every voter starts with, times the number of voters: the
		 * budget itself, or more in the runs of the Add1 completion
		 * @param byCost cost utilities (a supporter values an idea at its cost): the idea
		 * with the lowest price per supporter divided by its cost goes first; otherwise
		 * the lowest price per supporter
		 */
		Count(List<Tally.Candidate> candidates, int[][] supporters, Approvals ballots, int voters, long budget,
				boolean byCost) {
			this.candidates = candidates;
			this.supporters = supporters;
			this.ballots = ballots;
			this.voters = voters;
			this.budget = budget;
			this.byCost = byCost;
			this.purseOf = new int[voters];
			this.stepOf = new int[candidates.size()];
			Arrays.fill(stepOf, -1);
			this.price = new double[candidates.size()];
			this.priceError = new double[candidates.size()];
			this.separated = new boolean[candidates.size()];
			this.exactPrice = new Ratio[candidates.size()];
			int most = 0;
			for (int[] who : supporters) {
				most = Math.max(most, who.length);
			}
			this.held = new double[most];
			money[START] = budget;
			exactMoney[START] = Ratio.of(budget);
			exactMoney[EMPTY] = Ratio.ZERO;
			members[START] = voters;
		}

		/**
		 * Runs the method until no idea can be paid for by its own supporters.
		 * @param place each candidate's place by votes and tie-break, which settles equal
		 * prices
		 */
		List<Tally.Step> run(int[] place) {
			return run(place, Long.MAX_VALUE);
		}

		/**
		 * @param limit the run stops, returning {@code null}, as soon as the chosen ideas
		 * cost more than this (a run of the Add1 completion that would not fit the
		 * budget)
		 */
		List<Tally.Step> run(int[] place, long limit) {
			long spent = 0;
			int count = candidates.size();
			double[] lowerBound = new double[count];
			boolean[] done = new boolean[count];
			for (int i = 0; i < count; i++) {
				done[i] = supporters[i].length == 0;
			}
			List<Tally.Step> steps = new ArrayList<>();
			List<Integer> open = new ArrayList<>();
			while (true) {
				Arrays.fill(exactPrice, null);
				open.clear();
				for (int i = 0; i < count; i++) {
					if (!done[i]) {
						open.add(i);
					}
				}
				// a price only grows as voters spend, so the last one seen is a lower
				// bound
				open.sort(Comparator.<Integer>comparingDouble(i -> lowerBound[i]).thenComparingInt(i -> place[i]));
				int best = -1;
				for (int i : open) {
					if (best >= 0 && lowerBound[i] > keyHigh(best)) {
						break;
					}
					if (!evaluate(i)) {
						done[i] = true;
						continue;
					}
					lowerBound[i] = keyLow(i);
					if (best < 0 || cheaper(i, best, place)) {
						best = i;
					}
				}
				if (best < 0) {
					break;
				}
				spent += candidates.get(best).cost();
				if (spent > limit) {
					return null;
				}
				Ratio paid = exactPrice(best);
				pay(best, paid);
				done[best] = true;
				steps.add(new Tally.Step(candidates.get(best).itemId(), paid.dividedBy(voters).toDouble(), false));
			}
			return steps;
		}

		private boolean cheaper(int i, int best, int[] place) {
			if (keyHigh(i) < keyLow(best)) {
				return true;
			}
			if (keyLow(i) > keyHigh(best)) {
				return false;
			}
			int compared = compareExactly(i, best);
			return compared < 0 || (compared == 0 && place[i] < place[best]);
		}

		/**
		 * What decides: the price per supporter, or with cost utilities the price per
		 * supporter divided by the cost (an idea that costs nothing comes first).
		 */
		private long weight(int i) {
			return byCost ? candidates.get(i).cost() : 1;
		}

		/**
		 * At most the candidate's key (price over weight), whatever the doubles' errors.
		 */
		private double keyLow(int i) {
			long weight = weight(i);
			double low = Math.max(0, price[i] - priceError[i]);
			return weight == 0 ? 0 : low / weight * (1 - 2 * ROUNDING);
		}

		/** At least the candidate's key. */
		private double keyHigh(int i) {
			long weight = weight(i);
			return weight == 0 ? 0 : (price[i] + priceError[i]) / weight * (1 + 2 * ROUNDING);
		}

		private int compareExactly(int i, int j) {
			long wi = weight(i);
			long wj = weight(j);
			if (wi == 0 || wj == 0) {
				return Long.compare(wj == 0 ? 1 : 0, wi == 0 ? 1 : 0);
			}
			return exactPrice(i).times(wj).compareTo(exactPrice(j).times(wi));
		}

		private double moneyError() {
			// each step adds at most the rounding of its price and of one subtraction
			return (prices.size() + 1) * 2 * Math.ulp((double) budget);
		}

		/**
		 * Sets the candidate's price per supporter (rho) and its error bound, exactly
		 * when the doubles are too close to call.
		 * @return false when its supporters cannot pay for it together
		 */
		private boolean evaluate(int i) {
			int[] who = supporters[i];
			int n = who.length;
			double cost = (double) candidates.get(i).cost() * voters;
			double costError = 2 * Math.ulp(cost);
			double error = moneyError();
			// the poorest pay all they have: raise rho until everyone below it pays all
			// and
			// the others share the rest (no sort; the set of poorer supporters only
			// grows, so
			// this ends, after very few passes on real ballots). The first pass gathers
			// what
			// the supporters have and sums it.
			int t = 0;
			double paid = 0;
			double rho = cost / n;
			double total = 0;
			for (int pass = 0; pass <= n; pass++) {
				int poorer = 0;
				double poorerPaid = 0;
				double richestPoor = -1;
				double poorestRich = Double.MAX_VALUE;
				if (pass == 0) {
					for (int k = 0; k < n; k++) {
						held[k] = money[purseOf[who[k]]];
						total += held[k];
					}
				}
				for (int k = 0; k < n; k++) {
					double amount = held[k];
					if (amount < rho) {
						poorer++;
						poorerPaid += amount;
						richestPoor = Math.max(richestPoor, amount);
					}
					else {
						poorestRich = Math.min(poorestRich, amount);
					}
				}
				if (pass == 0 && total + n * error + n * ROUNDING * Math.abs(total) + costError < cost) {
					return false;
				}
				// the same supporters, summed in the same order, give the same double
				if ((poorer == t && poorerPaid == paid) || poorer == n) {
					if (poorer == n) {
						break;
					}
					double rhoError = 2 * ((t * error + t * ROUNDING * Math.abs(paid) + costError
							+ ROUNDING * Math.abs(cost - paid)) / (n - t) + ROUNDING * Math.abs(rho));
					// certain only when no one's money is within the errors of rho
					if ((t == 0 || richestPoor + error < rho - rhoError) && poorestRich - error > rho + rhoError) {
						return settled(i, rho, rhoError);
					}
					break;
				}
				t = poorer;
				paid = poorerPaid;
				rho = (cost - paid) / (n - t);
			}
			separated[i] = false;
			Ratio exact = sortedPrice(i);
			if (exact == null) {
				return false;
			}
			price[i] = exact.toDouble();
			priceError[i] = 2 * Math.ulp(price[i]);
			return true;
		}

		private boolean settled(int i, double rho, double rhoError) {
			price[i] = rho;
			priceError[i] = rhoError;
			separated[i] = true;
			return true;
		}

		/** The exact price of a candidate that its supporters can pay. */
		private Ratio exactPrice(int i) {
			if (exactPrice[i] == null) {
				exactPrice[i] = separated[i] ? separatedPrice(i) : sortedPrice(i);
			}
			return exactPrice[i];
		}

		/**
		 * The exact price from the supporters' purses sorted from poor to rich; the
		 * poorest pay all they have as long as the others' equal part is more than that.
		 * {@code null} when they cannot pay.
		 */
		private Ratio sortedPrice(int i) {
			if (exactPrice[i] != null) {
				return exactPrice[i];
			}
			int[] who = supporters[i];
			int now = ++stamps;
			List<Integer> distinct = new ArrayList<>();
			for (int voter : who) {
				int purse = purseOf[voter];
				if (stamp[purse] != now) {
					stamp[purse] = now;
					mark[purse] = 0;
					distinct.add(purse);
				}
				mark[purse]++;
			}
			double error = moneyError();
			distinct.sort((a, b) -> Math.abs(money[a] - money[b]) > 2 * error ? Double.compare(money[a], money[b])
					: exactMoney(a).compareTo(exactMoney(b)));
			Ratio cost = Ratio.of(BigInteger.valueOf(candidates.get(i).cost()).multiply(BigInteger.valueOf(voters)),
					BigInteger.ONE);
			Ratio paid = Ratio.ZERO;
			long payers = who.length;
			for (int purse : distinct) {
				Ratio left = cost.minus(paid);
				if (exactMoney(purse).times(payers).compareTo(left) >= 0) {
					exactPrice[i] = left.dividedBy(payers);
					return exactPrice[i];
				}
				paid = paid.plus(exactMoney(purse).times(mark[purse]));
				payers -= mark[purse];
			}
			return null;
		}

		/**
		 * The exact price of a candidate whose doubles showed which supporters pay all
		 * they have: those with less than its price. What they pay together is counted
		 * per step (each purse holds the start minus the prices of the chosen ideas on
		 * its ballots), so the sum takes one fraction per step instead of one per purse.
		 */
		private Ratio separatedPrice(int i) {
			int now = ++stamps;
			List<Integer> poorPurses = new ArrayList<>();
			int poorer = 0;
			for (int voter : supporters[i]) {
				int purse = purseOf[voter];
				if (money[purse] < price[i]) {
					poorer++;
					if (stamp[purse] != now) {
						stamp[purse] = now;
						mark[purse] = 0;
						poorPurses.add(purse);
					}
					mark[purse]++;
				}
			}
			long[] paidBy = new long[prices.size()];
			long fromStart = 0;
			for (int purse : poorPurses) {
				if (purse == EMPTY) {
					continue;
				}
				fromStart += mark[purse];
				if (purse != START) {
					for (int step : stepsPaid(purse)) {
						paidBy[step] += mark[purse];
					}
				}
			}
			Ratio paid = Ratio.of(BigInteger.valueOf(budget).multiply(BigInteger.valueOf(fromStart)), BigInteger.ONE);
			for (int step = 0; step < paidBy.length; step++) {
				if (paidBy[step] != 0) {
					paid = paid.minus(prices.get(step).times(paidBy[step]));
				}
			}
			Ratio cost = Ratio.of(BigInteger.valueOf(candidates.get(i).cost()).multiply(BigInteger.valueOf(voters)),
					BigInteger.ONE);
			return cost.minus(paid).dividedBy(supporters[i].length - poorer);
		}

		/**
		 * The steps whose price was paid from a purse other than the start and the empty
		 * one.
		 */
		private int[] stepsPaid(int purse) {
			int upTo = opened[purse];
			return ballots.ideas(holder[purse])
				.map(idea -> stepOf[idea])
				.filter(step -> step >= 0 && step <= upTo)
				.toArray();
		}

		private Ratio exactMoney(int purse) {
			if (exactMoney[purse] == null) {
				Ratio left = Ratio.of(budget);
				for (int step : stepsPaid(purse)) {
					left = left.minus(prices.get(step));
				}
				exactMoney[purse] = left;
			}
			return exactMoney[purse];
		}

		/** Every supporter pays the price, or all they have if that is less. */
		private void pay(int chosen, Ratio paid) {
			double approx = paid.toDouble();
			double margin = moneyError() + Math.ulp(approx);
			int step = prices.size();
			prices.add(paid);
			stepOf[chosen] = step;
			int now = ++stamps;
			int[] emptied = new int[8];
			int emptiedCount = 0;
			for (int voter : supporters[chosen]) {
				int purse = purseOf[voter];
				if (purse == EMPTY) {
					continue;
				}
				if (stamp[purse] != now) {
					stamp[purse] = now;
					boolean keepsSome = money[purse] - margin > approx
							|| (money[purse] + margin >= approx && exactMoney(purse).compareTo(paid) > 0);
					// open() first: it may grow the arrays, and an assignment to
					// mark[purse] would
					// still write into the old one
					int target = keepsSome ? open(money[purse] - approx, voter) : EMPTY;
					mark[purse] = target;
				}
				int next = mark[purse];
				purseOf[voter] = next;
				members[next]++;
				if (--members[purse] == 0 && purse != START) {
					if (emptiedCount == emptied.length) {
						emptied = Arrays.copyOf(emptied, emptiedCount * 2);
					}
					emptied[emptiedCount++] = purse;
				}
			}
			// freed only now: a purse opened in this step must not be one still being
			// split
			for (int k = 0; k < emptiedCount; k++) {
				exactMoney[emptied[k]] = null;
				if (freeCount == free.length) {
					free = Arrays.copyOf(free, freeCount * 2);
				}
				free[freeCount++] = emptied[k];
			}
		}

		private int open(double amount, int voter) {
			int purse;
			if (freeCount > 0) {
				purse = free[--freeCount];
			}
			else {
				if (purses == money.length) {
					int size = purses * 2;
					members = Arrays.copyOf(members, size);
					holder = Arrays.copyOf(holder, size);
					opened = Arrays.copyOf(opened, size);
					money = Arrays.copyOf(money, size);
					exactMoney = Arrays.copyOf(exactMoney, size);
					stamp = Arrays.copyOf(stamp, size);
					mark = Arrays.copyOf(mark, size);
				}
				purse = purses++;
			}
			members[purse] = 0;
			holder[purse] = voter;
			opened[purse] = prices.size() - 1;
			money[purse] = amount;
			exactMoney[purse] = null;
			stamp[purse] = 0;
			return purse;
		}

	}

}
