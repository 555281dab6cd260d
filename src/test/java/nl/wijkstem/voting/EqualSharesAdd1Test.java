package nl.wijkstem.voting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Equal Shares as Dutch and Polish cities run it ({@link SharesVariant#COST_ADD1}), on
 * elections small enough to count by hand; each comment gives the count.
 */
class EqualSharesAdd1Test {

	/**
	 * 3 voters, budget 6: 2 each. X costs 6 and all three want it: rho 2. Y costs 2 and
	 * voters 1 and 2 want it: rho 1. By supporters Y is cheaper (1 < 2) and goes first;
	 * then X's supporters have 1 + 1 + 2 = 4 < 6; the top-up has 4 left, too little for
	 * X. With cost utilities what counts is rho per euro the idea is worth to a
	 * supporter: X 2/6 = 1/3, Y 1/2, so X goes first and takes everyone's 2; the outcome
	 * (6) leaves nothing, so it is exhaustive and Add1 stops at once.
	 */
	@Test
	void costUtilities_weighThePricePerSupporterAgainstTheCost() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 6, 3, 0), new Tally.Candidate(2, 2, 2, 1));
		List<int[]> approvals = List.of(new int[] { 0, 1 }, new int[] { 0, 1 }, new int[] { 0 });

		assertThat(Tally.equalShares(candidates, approvals, 3, 6, SharesVariant.BY_SUPPORTERS).chosen())
			.containsExactly(2L);
		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 3, 6, SharesVariant.COST_ADD1);
		assertThat(shares.chosen()).containsExactly(1L);
		assertThat(shares.sharePerVoter()).isEqualTo(2.0);
	}

	/**
	 * 3 voters, budget 15: 5 each. P (6) is wanted by voter 1 only, Q (8) by voters 2 and
	 * 3, S (7) by voter 2 only; P and S have one vote each and S ranks first on the
	 * tie-break. At 5 each only Q can be paid (rho 4); voters 2 and 3 keep 1. By
	 * supporters that is all, and the top-up spends the 7 left by votes: S (7), before P.
	 * With Add1, 7 left means P or S still fits, so everyone gets 6: Q (4 each), then P
	 * (voter 1 pays 6); S cannot be paid (voter 2 has 2). Q + P = 14 fits, and the 1 left
	 * fits nothing: exhaustive, kept, no top-up.
	 */
	@Test
	void add1_raisesEveryonesShare_whileTheOutcomeLeavesRoomForAnotherIdea() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 6, 1, 1), new Tally.Candidate(2, 8, 2, 2),
				new Tally.Candidate(3, 7, 1, 0));
		List<int[]> approvals = List.of(new int[] { 0 }, new int[] { 1, 2 }, new int[] { 1 });

		assertThat(Tally.equalShares(candidates, approvals, 3, 15, SharesVariant.BY_SUPPORTERS).chosen())
			.containsExactly(2L, 3L);
		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 3, 15, SharesVariant.COST_ADD1);
		assertThat(shares.chosen()).containsExactly(2L, 1L);
		assertThat(shares.steps()).extracting(Tally.Step::byCompletion).containsExactly(false, false);
		assertThat(shares.steps().get(1).perVoter()).isCloseTo(6.0, within(1e-9));
		assertThat(shares.sharePerVoter()).isEqualTo(6.0);
	}

	/**
	 * 2 voters, budget 10: 5 each. T (3) is wanted by both, P (6) by voter 1, Q (6) by
	 * voter 2; P ranks before Q on the tie-break. T goes first (1.50 each); P and Q are
	 * out of reach. 7 is left, so Add1 raises the shares: at 6 and at 7 each, after T
	 * (1.50) a voter has 4.50 or 5.50, still less than 6. At 8 each they keep 6.50 and
	 * pay both P and Q: T + P + Q = 15, more than 10, so that run is not taken and the
	 * one at 7 each (only T) is kept. The top-up then spends the 7 left by votes: P (one
	 * vote like Q, first on the tie-break).
	 */
	@Test
	void add1_keepsTheLastOutcomeThatFits_thenTopsUpByVotes() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 3, 2, 2), new Tally.Candidate(2, 6, 1, 0),
				new Tally.Candidate(3, 6, 1, 1));
		List<int[]> approvals = List.of(new int[] { 0, 1 }, new int[] { 0, 2 });

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 2, 10, SharesVariant.COST_ADD1);

		assertThat(shares.chosen()).containsExactly(1L, 2L);
		assertThat(shares.steps()).extracting(Tally.Step::byCompletion).containsExactly(false, true);
		assertThat(shares.sharePerVoter()).isEqualTo(7.0);
	}

	/**
	 * 2 voters, budget 100: R (10) is wanted by both, P (30) by voter 1, Q (48) by voter
	 * 2, U (5) by nobody. The ideas with votes cost 88 together, so every outcome fits
	 * and Add1 only ends when all of them are in: at 50 each R (5 each) and P are paid
	 * but voter 2's 45 cannot pay Q; at 53 each Q is paid too. U, without votes, is never
	 * chosen, although 12 is left.
	 */
	@Test
	void add1_whenAllIdeasWithVotesFitTheBudget_choosesThemAll() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 10, 2, 0), new Tally.Candidate(2, 30, 1, 1),
				new Tally.Candidate(3, 48, 1, 2), new Tally.Candidate(4, 5, 0, 3));
		List<int[]> approvals = List.of(new int[] { 0, 1 }, new int[] { 0, 2 });

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 2, 100, SharesVariant.COST_ADD1);

		assertThat(shares.chosen()).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(EqualSharesReference.chosen(new EqualSharesReference.Election(candidates, approvals, 2, 100),
				SharesVariant.COST_ADD1))
			.containsExactly(1L, 2L, 3L);
	}

	/**
	 * Exactly equal prices per euro: two ideas of 100 with the same 50 supporters, rho 2
	 * each, 2/100 per euro. More votes would go first; with as many votes the tie-break
	 * rule decides, as in the other variant.
	 */
	@Test
	void costAdd1_exactlyEqualPrices_goToTheTieBreakRule() {
		List<Tally.Candidate> candidates = List.of(new Tally.Candidate(1, 100, 50, 1),
				new Tally.Candidate(2, 100, 50, 0));
		List<int[]> approvals = new java.util.ArrayList<>();
		for (int voter = 0; voter < 50; voter++) {
			approvals.add(new int[] { 0, 1 });
		}

		Tally.EqualShares shares = Tally.equalShares(candidates, approvals, 100, 300, SharesVariant.COST_ADD1);

		assertThat(shares.steps()).extracting(Tally.Step::itemId).first().isEqualTo(2L);
	}

	@Test
	void costAdd1_withoutBallots_choosesNothing() {
		assertThat(
				Tally.equalShares(List.of(new Tally.Candidate(1, 8, 0, 0)), List.of(), 0, 10, SharesVariant.COST_ADD1)
					.chosen())
			.isEmpty();
	}

}
