package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;

import nl.wijkstem.account.VerifiedPerAddress;

/**
 * The administrators' check that a round was counted right. Votes per idea only show once
 * voting has closed, so nobody sees a trend while people vote (unless the round shows
 * live results anyway).
 *
 * @param countsShown whether the votes per idea are in {@code items}
 * @param storedTotalsMatch whether the totals stored at publication equal a fresh count
 * of the stored votes; {@code null} before publication
 * @param ballotsWithWrongTotal ballots whose stored total cost differs from their votes
 * @param ballotsOverLimits ballots over the budget or the choice limit
 * @param votesOutsideRound votes on items of another round
 * @param people how many different verified people voted, which must equal the ballots
 * cast; {@code null} once the round forgot who voted (with the link to accounts)
 * @param ballotsLinkedToAccounts ballots still linked to an account
 * @param anonymiseDueAt when the link between ballots and accounts will be removed;
 * {@code null} before publication
 * @param addresses the verified accounts per address; an address over the limit fails the
 * checks
 */
public record IntegrityReport(Long roundId, String title, RoundPhase phase, long ballotsCast, long votesCast,
		boolean countsShown, List<ItemCount> items, Boolean storedTotalsMatch, long ballotsWithWrongTotal,
		long ballotsOverLimits, long votesOutsideRound, Long people, long ballotsLinkedToAccounts, Instant anonymisedAt,
		Instant anonymiseDueAt, VerifiedPerAddress addresses) {

	/**
	 * @param storedVotes the total stored at publication, or {@code null}
	 * @param recount the votes counted now
	 */
	public record ItemCount(Long itemId, String title, Integer storedVotes, int recount) {
	}

	/** Whether every check passed. */
	public boolean allClear() {
		return !Boolean.FALSE.equals(storedTotalsMatch) && ballotsWithWrongTotal == 0 && ballotsOverLimits == 0
				&& votesOutsideRound == 0 && onePersonOneBallot() && addresses.withinLimit();
	}

	/**
	 * Whether as many different people voted as there are ballots (while that is known).
	 */
	public boolean onePersonOneBallot() {
		return people == null || people == ballotsCast;
	}

}
