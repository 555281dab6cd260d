package nl.wijkstem.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The counting rules on small examples worked out by hand.
 */
class TallyTest {

	@Test
	void ranked_mostVotesFirst_tiesByTheTieBreakRank() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 10, 5, 2), new Tally.Candidate(2, 10, 7, 1),
				new Tally.Candidate(3, 10, 5, 0));

		assertThat(Tally.ranked(candidates)).extracting(Tally.Candidate::itemId).containsExactly(2L, 3L, 1L);
	}

	@Test
	void top_choosesTheWinnersByVotes_neverAnIdeaWithoutVotes() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 0, 3, 0), new Tally.Candidate(2, 0, 0, 1),
				new Tally.Candidate(3, 0, 4, 2));

		assertThat(Tally.top(candidates, 2)).containsExactly(3L, 1L);
		assertThat(Tally.top(candidates, 3)).containsExactly(3L, 1L);
	}

	@Test
	void greedy_skipsAnIdeaThatNoLongerFits_andTakesCheaperOnesAfterIt() {
		// budget 100: A (50 votes, 60) fits; B (40 votes, 50) does not fit in the 40
		// left;
		// C (30 votes, 40) does
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 60, 50, 0), new Tally.Candidate(2, 50, 40, 1),
				new Tally.Candidate(3, 40, 30, 2));

		assertThat(Tally.greedy(candidates, 100)).containsExactly(1L, 3L);
	}

	/**
	 * 100 voters, budget 300, ideas of 100 each. 60 voters approve A, B and C; 40 approve
	 * D and E. Greedy gives the majority everything: A, B, C. Equal Shares gives each
	 * voter 3: the majority has 180 and pays A (1.67 each, rho = 100/60), the minority
	 * has 120 and pays D (2.50 each). The majority's 80 left cannot pay B, the minority's
	 * 20 cannot pay E; the completion spends the last 100 on B (most votes, fits).
	 */
	@Test
	void equalShares_givesAMinorityItsFairShare_whereGreedyGivesTheMajorityEverything() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 100, 60, 0),
				new Tally.Candidate(2, 100, 60, 1), new Tally.Candidate(3, 100, 60, 2),
				new Tally.Candidate(4, 100, 40, 3), new Tally.Candidate(5, 100, 40, 4));
		List<int[]> approvals = new ArrayList<>();
		IntStream.range(0, 60).forEach(voter -> approvals.add(new int[] { 0, 1, 2 }));
		IntStream.range(0, 40).forEach(voter -> approvals.add(new int[] { 3, 4 }));

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 100, 300);

		assertThat(Tally.greedy(candidates, 300)).containsExactly(1L, 2L, 3L);
		assertThat(shares.sharePerVoter()).isEqualTo(3.0);
		assertThat(shares.chosen()).containsExactly(1L, 4L, 2L);
		assertThat(shares.steps()).extracting(Tally.Step::byCompletion).containsExactly(false, false, true);
		assertThat(shares.steps().get(0).perVoter()).isCloseTo(100.0 / 60, within(1e-9));
		assertThat(shares.steps().get(1).perVoter()).isCloseTo(2.5, within(1e-9));
	}

	/**
	 * 3 voters, budget 18, so 6 each. D costs 4 and only voter 1 wants it: rho 4. F costs
	 * 13 and all three want it: rho 13 / 3 = 4.33. D goes first; voter 1 keeps 2. For F
	 * voter 1 can only pay those 2; voters 2 and 3 pay (13 - 2) / 2 = 5.5 each.
	 */
	@Test
	void equalShares_aSupporterWithLessLeftPaysAllTheyHave_theOthersShareTheRest() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 4, 1, 0), new Tally.Candidate(2, 13, 3, 1));
		List<int[]> approvals = List.of(new int[] { 0, 1 }, new int[] { 1 }, new int[] { 1 });

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 3, 18);

		assertThat(shares.chosen()).containsExactly(1L, 2L);
		assertThat(shares.steps().get(0).perVoter()).isCloseTo(4.0, within(1e-9));
		assertThat(shares.steps().get(1).perVoter()).isCloseTo(5.5, within(1e-9));
	}

	/**
	 * 100,000 voters, budget 100,000: 1 each. C (40,000) has its own 50,000 supporters:
	 * 0.80 each, first. A costs 49,998 and has 49,999 supporters: 0.9999799996 each. B
	 * costs 49,999 and has 50,000 supporters, A's and one more: 0.99998 each,
	 * 0.0000000004 more than A. A is cheaper for its supporters, so A goes before B,
	 * although B has more votes; after A, B's supporters have 1.00004 left together, and
	 * after the completion 10,002 is left, too little for B.
	 */
	@Test
	void equalShares_anIdeaCheaperPerSupporterByAFractionOfACent_goesFirst() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 49_998, 49_999, 0),
				new Tally.Candidate(2, 49_999, 50_000, 1), new Tally.Candidate(3, 40_000, 50_000, 2));
		List<int[]> approvals = new ArrayList<>();
		approvals.add(new int[] { 1 });
		IntStream.range(1, 50_000).forEach(voter -> approvals.add(new int[] { 0, 1 }));
		IntStream.range(50_000, 100_000).forEach(voter -> approvals.add(new int[] { 2 }));

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 100_000, 100_000);

		assertThat(shares.chosen()).containsExactly(3L, 1L);
		assertThat(shares.steps().get(1).perVoter()).isEqualTo(49_998.0 / 49_999);
	}

	/**
	 * The same prices, exactly equal: two ideas of 100 with 50 supporters each, 2 per
	 * supporter. The idea with more votes would go first; with as many votes, the
	 * tie-break rule decides.
	 */
	@Test
	void equalShares_exactlyEqualPrices_goToTheTieBreakRule() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 100, 50, 1),
				new Tally.Candidate(2, 100, 50, 0));
		List<int[]> approvals = new ArrayList<>();
		IntStream.range(0, 50).forEach(voter -> approvals.add(new int[] { 0, 1 }));
		IntStream.range(50, 100).forEach(voter -> approvals.add(new int[0]));

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 100, 300);

		assertThat(shares.steps()).extracting(Tally.Step::itemId).first().isEqualTo(2L);
	}

	@Test
	void equalShares_anIdeaItsSupportersCannotPay_isLeftToTheCompletion() {
		// 2 voters, budget 10 (5 each); X costs 8 and only voter 1 wants it: 5 < 8
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 8, 1, 0), new Tally.Candidate(2, 4, 1, 1));
		List<int[]> approvals = List.of(new int[] { 0 }, new int[] { 1 });

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 2, 10);

		// Y (rho 4) by Equal Shares; X no longer fits in the 6 left
		assertThat(shares.chosen()).containsExactly(2L);
	}

	@Test
	void equalShares_withoutBallots_choosesNothing() {
		assertThat(Tally.equalShares(List.of(new Tally.Candidate(1, 8, 0, 0)), List.of(), 0, 10).chosen()).isEmpty();
	}

	@Test
	void equalShares_emptyBallotsStillGetTheirShare_soOthersGetLess() {
		// 4 voters, budget 8 (2 each); only voter 1 voted, for an idea of 3: 2 < 3
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 3, 1, 0));

		Tally.EqualShares shares = Tally.equalShares(candidates, List.<int[]>of(new int[] { 0 }), 4, 8);

		assertThat(shares.steps()).singleElement().satisfies(step -> assertThat(step.byCompletion()).isTrue());
	}

}
