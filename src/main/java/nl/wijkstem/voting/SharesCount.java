package nl.wijkstem.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Method of Equal Shares ({@link Tally#equalShares}) with exact decisions. Doubles do
 * the work; wherever a comparison of prices, or of what supporters have against a cost,
 * lies within the doubles' proven error, it is settled with exact fractions instead. So
 * the outcome is that of exact arithmetic, and on the usual ballots as fast as doubles.
 *
 * <p>
 * All amounts are scaled by the number of voters, so each voter starts with the whole
 * budget and an idea costs its cost times the voters. A voter's money is only ever the
 * start minus the prices of the chosen ideas on their ballot, or nothing once they paid
 * all they had: voters with the same history share a "purse" holding that amount as a
 * double, and exactly when needed (computed from the ballot of one of its voters). A
 * purse no voter holds any more is used again, so there are never more purses than
 * voters, however many steps.
 */
final class SharesCount {

	private static final int START = 0;

	private static final int EMPTY = 1;

	/** What {@link #evaluate} found. */
	private static final int UNAFFORDABLE = 0;

	private static final int BEATEN = 1;

	private static final int PRICED = 2;

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

	/**
	 * The least common denominator of the prices, and each price times it: a sum of many
	 * prices is then a sum of integers, without a greatest common divisor per addition
	 * (late prices have denominators of a thousand bits and more).
	 */
	private BigInteger common = BigInteger.ONE;

	private final List<BigInteger> scaledPrices = new ArrayList<>();

	/** Per step, the supporters of the idea chosen, as a bit set of voters. */
	private final List<long[]> payersAt = new ArrayList<>();

	/** Room for a set of voters, all clear between uses. */
	private final long[] poorSet;

	private final double[] price;

	private final double[] priceError;

	/** Whether the doubles showed which supporters pay all they have. */
	private final boolean[] separated;

	private final Ratio[] exactPrice;

	/** The supporters' money, gathered once per price. */
	private final double[] held;

	/**
	 * @param budget what every voter starts with, times the number of voters: the budget
	 * itself, or more in the runs of the Add1 completion
	 * @param byCost cost utilities (a supporter values an idea at its cost): the idea
	 * with the lowest price per supporter divided by its cost goes first; otherwise the
	 * lowest price per supporter
	 */
	SharesCount(List<Tally.Candidate> candidates, int[][] supporters, Approvals ballots, int voters, long budget,
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
		this.poorSet = new long[(voters + 63) >>> 6];
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
	 * cost more than this (a run of the Add1 completion that would not fit the budget)
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
			// a price only grows as voters spend, so the last one seen is a lower bound
			open.sort(Comparator.<Integer>comparingDouble(i -> lowerBound[i]).thenComparingInt(i -> place[i]));
			int best = -1;
			for (int i : open) {
				if (best >= 0 && lowerBound[i] > keyHigh(best)) {
					break;
				}
				int outcome = evaluate(i, best < 0 ? Double.POSITIVE_INFINITY : keyHigh(best), lowerBound);
				if (outcome == UNAFFORDABLE) {
					done[i] = true;
					continue;
				}
				if (outcome == BEATEN) {
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

	/** At most the candidate's key (price over weight), whatever the doubles' errors. */
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
	 * Sets the candidate's price per supporter (rho) and its error bound, exactly when
	 * the doubles are too close to call; or stops as soon as its key is certainly above
	 * {@code bound}, the key of the best candidate so far. Most candidates examined in a
	 * step lose to the best: when voters run out of money every price rises and every
	 * candidate's lower bound is stale, so all of them are examined, and stopping after
	 * the first pass that proves the loss saves the passes that would find its exact
	 * price (about two thirds of the work on the worst-case ballots).
	 * @param lowerBound raised to what the passes proved when the candidate is beaten
	 * @return {@link #UNAFFORDABLE} when its supporters cannot pay for it together,
	 * {@link #BEATEN} or {@link #PRICED}
	 */
	private int evaluate(int i, double bound, double[] lowerBound) {
		int[] who = supporters[i];
		int n = who.length;
		double cost = (double) candidates.get(i).cost() * voters;
		double costError = 2 * Math.ulp(cost);
		double error = moneyError();
		// the poorest pay all they have: raise rho until everyone below it pays all and
		// the others share the rest (no sort; the set of poorer supporters only grows, so
		// this ends, after very few passes on real ballots). The first pass gathers what
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
				return UNAFFORDABLE;
			}
			// the same supporters, summed in the same order, give the same double
			if ((poorer == t && poorerPaid == paid) || poorer == n) {
				if (poorer == n) {
					break;
				}
				double rhoError = 2
						* ((t * error + t * ROUNDING * Math.abs(paid) + costError + ROUNDING * Math.abs(cost - paid))
								/ (n - t) + ROUNDING * Math.abs(rho));
				// certain only when no one's money is within the errors of rho
				if ((t == 0 || richestPoor + error < rho - rhoError) && poorestRich - error > rho + rhoError) {
					return settled(i, rho, rhoError);
				}
				break;
			}
			t = poorer;
			paid = poorerPaid;
			rho = (cost - paid) / (n - t);
			// whatever supporters are counted as paying all they have, the others' equal
			// part of the rest is at most the price: sum min(money, price) = cost <= what
			// the counted have + the others * price
			double weight = weight(i);
			if (weight > 0) {
				double rhoError = 2
						* ((t * error + t * ROUNDING * Math.abs(paid) + costError + ROUNDING * Math.abs(cost - paid))
								/ (n - t) + ROUNDING * Math.abs(rho));
				double keyLow = Math.max(0, rho - rhoError) / weight * (1 - 2 * ROUNDING);
				if (keyLow > bound) {
					lowerBound[i] = Math.max(lowerBound[i], keyLow);
					return BEATEN;
				}
			}
		}
		separated[i] = false;
		Ratio exact = sortedPrice(i);
		if (exact == null) {
			return UNAFFORDABLE;
		}
		price[i] = exact.toDouble();
		priceError[i] = 2 * Math.ulp(price[i]);
		return PRICED;
	}

	private int settled(int i, double rho, double rhoError) {
		price[i] = rho;
		priceError[i] = rhoError;
		separated[i] = true;
		return PRICED;
	}

	/** The exact price of a candidate that its supporters can pay. */
	private Ratio exactPrice(int i) {
		if (exactPrice[i] == null) {
			exactPrice[i] = separated[i] ? separatedPrice(i) : sortedPrice(i);
		}
		return exactPrice[i];
	}

	/**
	 * The exact price from the supporters' purses sorted from poor to rich; the poorest
	 * pay all they have as long as the others' equal part is more than that. {@code null}
	 * when they cannot pay.
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
	 * The exact price of a candidate whose doubles showed which supporters pay all they
	 * have: those with less than its price. Every one of them who still has money paid
	 * the full price of each chosen idea on their ballot, so what they have together is
	 * the start times their number minus, per step, its price times how many of them
	 * supported the idea chosen then: one fraction per step, however many supporters, and
	 * the counts come from bit sets (a voter's ballot is never read).
	 */
	private Ratio separatedPrice(int i) {
		int poorer = 0;
		long holding = 0;
		for (int voter : supporters[i]) {
			int purse = purseOf[voter];
			if (money[purse] < price[i]) {
				poorer++;
				if (purse != EMPTY) {
					poorSet[voter >>> 6] |= 1L << voter;
					holding++;
				}
			}
		}
		// what they paid, times the common denominator of the prices
		BigInteger spent = BigInteger.ZERO;
		if (holding > 0) {
			for (int step = 0; step < prices.size(); step++) {
				long[] payers = payersAt.get(step);
				long both = 0;
				for (int word = 0; word < payers.length; word++) {
					both += Long.bitCount(payers[word] & poorSet[word]);
				}
				if (both != 0) {
					spent = spent.add(scaledPrices.get(step).multiply(BigInteger.valueOf(both)));
				}
			}
			Arrays.fill(poorSet, 0);
		}
		// price = (cost - (start * holding - spent / common)) / payers
		BigInteger cost = BigInteger.valueOf(candidates.get(i).cost()).multiply(BigInteger.valueOf(voters));
		BigInteger have = BigInteger.valueOf(budget).multiply(BigInteger.valueOf(holding));
		BigInteger numerator = cost.subtract(have).multiply(common).add(spent);
		return Ratio.of(numerator, common.multiply(BigInteger.valueOf(supporters[i].length - poorer)));
	}

	/**
	 * The steps whose price was paid from a purse other than the start and the empty one.
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
		BigInteger missing = paid.denominator().divide(paid.denominator().gcd(common));
		if (!missing.equals(BigInteger.ONE)) {
			common = common.multiply(missing);
			scaledPrices.replaceAll(scaled -> scaled.multiply(missing));
		}
		scaledPrices.add(paid.numerator().multiply(common.divide(paid.denominator())));
		long[] payers = new long[poorSet.length];
		for (int voter : supporters[chosen]) {
			payers[voter >>> 6] |= 1L << voter;
		}
		payersAt.add(payers);
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
				// open() first: it may grow the arrays, and an assignment to mark[purse]
				// would
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
		// freed only now: a purse opened in this step must not be one still being split
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
