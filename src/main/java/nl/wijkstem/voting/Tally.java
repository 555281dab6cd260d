package nl.wijkstem.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counting rules, free of the database: ranking by votes, the greedy budget rule, the
 * top of a support or limited-choice round, and the Method of Equal Shares.
 */
final class Tally {

	private Tally() {
	}

	/**
	 * One thing on the ballot.
	 *
	 * @param tieRank its place under the round's published tie-break rule (lower wins a
	 * tie)
	 */
	record Candidate(long itemId, long cost, int votes, int tieRank) {
	}

	/** Most votes first; equal votes by the tie-break rule. */
	static List<Candidate> ranked(List<Candidate> candidates) {
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::votes).reversed().thenComparingInt(Candidate::tieRank))
			.toList();
	}

	/** The first {@code winners} ideas by votes; ideas without votes are never chosen. */
	static Set<Long> top(List<Candidate> candidates, int winners) {
		Set<Long> chosen = new LinkedHashSet<>();
		for (Candidate candidate : ranked(candidates)) {
			if (chosen.size() == winners || candidate.votes() == 0) {
				break;
			}
			chosen.add(candidate.itemId());
		}
		return chosen;
	}

	/**
	 * The greedy rule: most votes first, each idea chosen if it still fits in what is
	 * left of the budget (one that does not fit is skipped, cheaper ones after it may
	 * still fit).
	 */
	static Set<Long> greedy(List<Candidate> candidates, long budget) {
		return fill(ranked(candidates), budget, new LinkedHashSet<>());
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

	/**
	 * One idea chosen by Equal Shares.
	 *
	 * @param perVoter the most any supporter paid for it (rho); 0 for ideas added by the
	 * completion
	 * @param byCompletion whether the completion step added it (the greedy top-up; with
	 * {@link SharesVariant#COST_ADD1} also every idea when the budget pays for all ideas
	 * with votes, which Add1 then always ends with)
	 */
	record Step(long itemId, double perVoter, boolean byCompletion) {
	}

	/**
	 * @param chosen the chosen items in the order they were chosen
	 * @param sharePerVoter each voter's part of the budget
	 */
	record EqualShares(Set<Long> chosen, List<Step> steps, double sharePerVoter) {
	}

	/**
	 * The Method of Equal Shares by number of supporters
	 * ({@link SharesVariant#BY_SUPPORTERS}), for the tests written before the variants.
	 */
	static EqualShares equalShares(List<Candidate> candidates, List<int[]> approvals, int voters, long budget) {
		return equalShares(candidates, Approvals.of(approvals), voters, budget, SharesVariant.BY_SUPPORTERS);
	}

	static EqualShares equalShares(List<Candidate> candidates, List<int[]> approvals, int voters, long budget,
			SharesVariant variant) {
		return equalShares(candidates, Approvals.of(approvals), voters, budget, variant);
	}

	/**
	 * The Method of Equal Shares. Every voter gets an equal part of the budget. Step by
	 * step, the idea is chosen whose supporters can pay for it most cheaply: every
	 * supporter pays the same price (rho), or all they have left if that is less. It
	 * stops when no idea can be paid for by its own supporters. The money left is then
	 * spent by the greedy rule (the "utilitarian completion"). Prices are compared
	 * exactly ({@link SharesCount}); equal ones go to the idea ranked higher by votes and
	 * tie-break rule.
	 * <ul>
	 * <li>{@link SharesVariant#BY_SUPPORTERS}: every voter values each idea they chose
	 * the same (approval utilities), so "cheapest" is the lowest rho.</li>
	 * <li>{@link SharesVariant#COST_ADD1}: a voter values an idea at its cost (cost
	 * utilities), so "cheapest" is the lowest rho divided by the cost; and the Add1
	 * completion comes first: as long as the outcome leaves room for another idea with
	 * votes and still fits the budget, every voter's starting part is raised by 1 (euro)
	 * and the method run again; the last outcome that fitted is kept (as pabutools'
	 * {@code method_of_equal_shares} with {@code Cost_Sat} and
	 * {@code voter_budget_increment=1}, and Pabulib's {@code equalshares/add1}).</li>
	 * </ul>
	 * @param approvals the ballots that chose anything
	 * @param voters everyone who cast a ballot, including empty ones
	 */
	static EqualShares equalShares(List<Candidate> candidates, Approvals approvals, int voters, long budget,
			SharesVariant variant) {
		if (voters == 0) {
			return new EqualShares(Set.of(), List.of(), 0);
		}
		int count = candidates.size();
		// a candidate's place by votes and tie-break settles equal prices
		int[] place = new int[count];
		List<Candidate> ranked = ranked(candidates);
		for (int i = 0; i < count; i++) {
			place[candidates.indexOf(ranked.get(i))] = i;
		}
		int[][] supporters = approvals.supporters(count);
		Add1 run = variant == SharesVariant.COST_ADD1 ? add1(candidates, supporters, approvals, voters, budget, place)
				: new Add1(new SharesCount(candidates, supporters, approvals, voters, budget, false).run(place),
						budget);
		List<Step> steps = new ArrayList<>(run.steps());
		Set<Long> chosen = new LinkedHashSet<>();
		steps.forEach(step -> chosen.add(step.itemId()));
		Set<Long> completed = fill(ranked, budget, new LinkedHashSet<>(chosen));
		completed.stream().filter(item -> !chosen.contains(item)).forEach(item -> steps.add(new Step(item, 0, true)));
		return new EqualShares(completed, steps, (double) run.start() / voters);
	}

	/**
	 * The steps of the run kept by the Add1 completion.
	 *
	 * @param start what each voter started with in that run, times the number of voters
	 */
	record Add1(List<Step> steps, long start) {
	}

	/**
	 * Cost-utility Equal Shares with the Add1 completion, before the greedy top-up.
	 * Starts at the budget divided equally; while the outcome is not exhaustive (an idea
	 * with votes that is not chosen would still fit in what is left of the budget), runs
	 * again with every voter's part 1 higher, as long as that outcome fits the budget.
	 */
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
		List<Step> kept = new SharesCount(candidates, supporters, approvals, voters, start, true).run(place);
		while (!exhaustive(candidates, supporters, kept, budget)) {
			List<Step> next = new SharesCount(candidates, supporters, approvals, voters, start + voters, true)
				.run(place, budget);
			if (next == null) {
				// that outcome would cost more than the budget
				break;
			}
			start += voters;
			kept = next;
		}
		return new Add1(kept, start);
	}

	/**
	 * Every idea with votes, most votes first, as chosen by the completion: the budget
	 * pays for them all.
	 */
	private static List<Step> everything(List<Candidate> candidates, int[][] supporters) {
		List<Step> steps = new ArrayList<>();
		for (Candidate candidate : ranked(candidates)) {
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

}
