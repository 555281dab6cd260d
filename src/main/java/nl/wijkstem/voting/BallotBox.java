package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.VoterIdentities;
import nl.wijkstem.account.VoterIdentity;
import nl.wijkstem.base.Caches;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a resident's ballot in the box, one transaction per attempt. Two submissions of
 * the same resident at once meet at the ballot row: one waits for the other's lock, or
 * loses the race to insert the first ballot (unique key) or a lock (deadlock, timeout).
 * Such an attempt is rolled back whole and tried again in a new transaction, after a
 * short, randomly spread pause, so the last submission counts and a ballot is never a mix
 * of two. The retry sits outside the transaction: this class is the transaction's
 * boundary, called through its proxy by {@link VotingService}.
 * <p>
 * What a submission looks up is kept ({@link Caches}): a round's rules once voting
 * opened, and each ballot's id, so a change is one update that takes the row lock. A kept
 * id whose ballot is gone (rolled back, or no longer linked to the account) updates
 * nothing, and the ballot is then looked up.
 */
@Component
class BallotBox {

	/** Attempts after the first; with the pauses below, about half a second at most. */
	static final int RETRIES = 19;

	private final BallotItemRepository items;

	private final Ballots ballots;

	private final RoundReader reader;

	private final Voters voters;

	private final Eligibility eligibility;

	private final VoterIdentities identities;

	private final VoterMarkers markers;

	private final Cache frozen;

	private final Cache ballotIds;

	private final Clock clock;

	BallotBox(BallotItemRepository items, Ballots ballots, RoundReader reader, Voters voters, Eligibility eligibility,
			VoterIdentities identities, VoterMarkers markers, CacheManager caches, Clock clock) {
		this.items = items;
		this.ballots = ballots;
		this.reader = reader;
		this.voters = voters;
		this.eligibility = eligibility;
		this.identities = identities;
		this.markers = markers;
		this.frozen = caches.getCache(Caches.ROUND_RULES);
		this.ballotIds = caches.getCache(Caches.BALLOT_IDS);
		this.clock = clock;
	}

	/**
	 * Checks the ballot, locks the resident's ballot row and replaces its votes; a first
	 * ballot is inserted, and if a parallel first submission won that race (unique key),
	 * the retry replaces that ballot instead.
	 * @throws Rejection as {@link VotingService#cast} says; never retried
	 */
	@Retryable(includes = { DataIntegrityViolationException.class, PessimisticLockingFailureException.class },
			maxRetries = RETRIES, delay = 1, multiplier = 2, maxDelay = 32, jitter = 1)
	@Transactional
	public MyBallot cast(Long roundId, Set<Long> chosen) {
		Long accountId = voters.current().orElseThrow(() -> new Rejection("voting.error.notVerified"));
		Instant now = clock.instant();
		FrozenRound round = rules(roundId, now);
		RoundPhase phase = round.phase(now);
		if (phase != RoundPhase.OPEN) {
			throw new Rejection(phase.isFrozen() ? "voting.error.closed" : "voting.error.notOpen");
		}
		if (!eligibility.isVerified(accountId)) {
			throw new Rejection("voting.error.notVerified");
		}
		long total = check(round, chosen);
		BallotKey key = new BallotKey(round.id(), accountId);
		Long known = ballotIds.get(key, Long.class);
		if (known == null || !ballots.replaceKnown(known, accountId, chosen, total, now)) {
			Long ballotId = ballots.lock(round.id(), accountId).orElse(null);
			if (ballotId == null) {
				ballotId = firstBallot(round.id(), accountId, chosen, total, now);
			}
			else {
				ballots.replace(ballotId, chosen, total, now);
			}
			ballotIds.put(key, ballotId);
		}
		return new MyBallot(round.id(), Set.copyOf(chosen), total, now);
	}

	/**
	 * Inserts the account's first ballot in the round, with the markers that keep its
	 * person (and letter-address slot) from voting again with another account. When the
	 * markers are there already, a parallel submission of this same account recorded them
	 * and its ballot is replaced; otherwise this person voted with an earlier account.
	 */
	private Long firstBallot(Long roundId, Long accountId, Set<Long> chosen, long total, Instant now) {
		VoterIdentity identity = identities.of(accountId).orElseThrow(() -> new Rejection("voting.error.notVerified"));
		if (markers.hasVoted(roundId, identity)) {
			Long ballotId = ballots.lock(roundId, accountId)
				.orElseThrow(() -> new Rejection("voting.error.votedBefore"));
			ballots.replace(ballotId, chosen, total, now);
			return ballotId;
		}
		markers.claim(roundId, identity);
		return ballots.insert(roundId, accountId, chosen, total, now);
	}

	/**
	 * The round's rules and costs; kept once voting opened, as they cannot change then.
	 */
	private FrozenRound rules(Long roundId, Instant now) {
		FrozenRound known = frozen.get(roundId, FrozenRound.class);
		if (known != null) {
			return known;
		}
		VotingRound round = reader.round(roundId);
		FrozenRound rules = FrozenRound.of(round, items.findByRoundIdOrderByPositionAscIdAsc(roundId));
		if (round.isFrozen(now)) {
			frozen.put(roundId, rules);
		}
		return rules;
	}

	private record BallotKey(Long roundId, Long accountId) {
	}

	private static long check(FrozenRound round, Set<Long> chosen) {
		if (!round.costs().keySet().containsAll(chosen)) {
			throw new Rejection("voting.error.unknownItem");
		}
		if (chosen.isEmpty()) {
			throw new Rejection("voting.error.empty");
		}
		long total = chosen.stream().mapToLong(round.costs()::get).sum();
		if (round.kind() == BallotKind.LIMITED && chosen.size() > round.maxChoices()) {
			throw new Rejection("voting.error.tooMany", round.maxChoices());
		}
		if (round.kind() == BallotKind.BUDGET) {
			if (total > round.budget()) {
				throw new Rejection("voting.error.overBudget", total, round.budget());
			}
			if (total < round.minimumSpend()) {
				throw new Rejection("voting.error.underMinimum", total, round.minimumSpend());
			}
		}
		return total;
	}

}
