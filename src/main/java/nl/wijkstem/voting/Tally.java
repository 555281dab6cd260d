package nl.wijkstem.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
	 * @param byCompletion whether the completion step added it
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
	 * The Method of Equal Shares with approval utilities. Every voter gets an equal part
	 * of the budget. Step by step, the idea is chosen whose supporters can pay for it
	 * with the lowest largest payment per supporter (rho): every supporter pays rho, or
	 * all they have left if that is less. It stops when no idea can be paid for by its
	 * own supporters. The money left is then spent by the greedy rule (the "utilitarian
	 * completion"). Ties in rho go to the idea ranked higher by votes and tie-break rule.
	 * Prices are compared exactly ({@link SharesCount}): two ideas tie only when their
	 * prices are equal, however many voters there are.
	 * @param approvals per voter who voted for anything, the indexes (in
	 * {@code candidates}) of the ideas they voted for
	 * @param voters everyone who cast a ballot, including empty ones
	 */
	static EqualShares equalShares(List<Candidate> candidates, List<int[]> approvals, int voters, long budget) {
		if (voters == 0) {
			return new EqualShares(Set.of(), List.of(), 0);
		}
		int count = candidates.size();
		// a candidate's place by votes and tie-break settles equal rho
		int[] place = new int[count];
		List<Candidate> ranked = ranked(candidates);
		for (int i = 0; i < count; i++) {
			place[candidates.indexOf(ranked.get(i))] = i;
		}
		List<Step> steps = new ArrayList<>(
				new SharesCount(candidates, supporters(count, approvals), voters, budget).run(place));
		Set<Long> chosen = new LinkedHashSet<>();
		steps.forEach(step -> chosen.add(step.itemId()));
		Set<Long> completed = fill(ranked, budget, new LinkedHashSet<>(chosen));
		completed.stream().filter(item -> !chosen.contains(item)).forEach(item -> steps.add(new Step(item, 0, true)));
		return new EqualShares(completed, steps, (double) budget / voters);
	}

	/**
	 * The Method of Equal Shares in the round's variant. Replaced by es-engine at merge:
	 * until then every variant counts by number of supporters.
	 */
	static EqualShares equalShares(List<Candidate> candidates, List<int[]> approvals, int voters, long budget,
			SharesVariant variant) {
		return equalShares(candidates, approvals, voters, budget);
	}

	private static int[][] supporters(int count, List<int[]> approvals) {
		int[] sizes = new int[count];
		for (int[] ballot : approvals) {
			for (int candidate : ballot) {
				sizes[candidate]++;
			}
		}
		int[][] supporters = new int[count][];
		for (int i = 0; i < count; i++) {
			supporters[i] = new int[sizes[i]];
		}
		int[] filled = new int[count];
		for (int voter = 0; voter < approvals.size(); voter++) {
			for (int candidate : approvals.get(voter)) {
				supporters[candidate][filled[candidate]++] = voter;
			}
		}
		return supporters;
	}

}
