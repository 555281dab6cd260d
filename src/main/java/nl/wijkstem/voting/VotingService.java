package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.VoterIdentities;
import nl.wijkstem.account.VoterIdentity;
import nl.wijkstem.base.security.Roles;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Residents see the rounds and cast their ballot. One ballot per resident per round:
 * submitting again replaces its votes in one transaction, under a lock on the ballot row,
 * so the last submission counts and a ballot is never a mix of two.
 */
@Service
public class VotingService {

	static final int RESULTS_HIGHLIGHTED_DAYS = 30;

	private static final int ATTEMPTS = 20;

	private static final int REMEMBERED_BALLOTS = 200_000;

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final Ballots ballots;

	private final RoundReader reader;

	private final AccountService accounts;

	private final Voters voters;

	private final Eligibility eligibility;

	private final Map<Long, FrozenRound> frozen = new ConcurrentHashMap<>();

	/**
	 * Ballot ids by round and account: a ballot keeps its id, so a change needs no
	 * lookup.
	 */
	private final Map<String, Long> ballotIds = new ConcurrentHashMap<>();

	private final ResidencyService residency;

	private final VoterIdentities identities;

	private final VoterMarkers markers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	VotingService(VotingRoundRepository rounds, BallotItemRepository items, Ballots ballots, RoundReader reader,
			AccountService accounts, Voters voters, Eligibility eligibility, ResidencyService residency,
			VoterIdentities identities, VoterMarkers markers, TransactionTemplate transaction, Clock clock) {
		this.identities = identities;
		this.markers = markers;
		this.rounds = rounds;
		this.items = items;
		this.ballots = ballots;
		this.reader = reader;
		this.accounts = accounts;
		this.voters = voters;
		this.eligibility = eligibility;
		this.residency = residency;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The vote page: the round asked for, or else the current one (open, else the next to
	 * open, else the latest), with the signed-in person's own ballot.
	 * @param roundId a round, or {@code null} for the current one
	 * @throws Rejection {@code voting.error.unknownRound}
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public VotePage page(Long roundId, Locale locale) {
		Instant now = clock.instant();
		List<VotingRound> all = rounds.findAllByOrderByVotingOpensAtDescIdDesc();
		VotingRound round = roundId != null ? reader.round(roundId) : current(all, now);
		List<RoundSummary> summaries = all.stream().map(each -> RoundReader.summary(each, locale, now)).toList();
		Long accountId = accounts.currentAccountId().orElse(null);
		boolean verified = residency.isVerifiedResident(accountId);
		boolean moderator = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> Roles.authority(Roles.MODERATOR).equals(authority.getAuthority()));
		if (round == null) {
			return new VotePage(null, summaries, verified, null, moderator);
		}
		MyBallot mine = accountId == null ? null
				: ballots.find(round.getId(), accountId)
					.map(stored -> new MyBallot(round.getId(), Set.copyOf(stored.itemIds()), stored.totalCost(),
							stored.submittedAt()))
					.orElse(null);
		return new VotePage(reader.details(round, locale), summaries, verified, mine, moderator);
	}

	/**
	 * The round worth a place on the home page now: one open for voting (the first to
	 * close), else the next whose ballot is known, else one whose results came out in the
	 * last {@value #RESULTS_HIGHLIGHTED_DAYS} days. Titles and dates only, for everyone.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<RoundSummary> highlighted(Locale locale) {
		Instant now = clock.instant();
		List<VotingRound> all = rounds.findAllByOrderByVotingOpensAtDescIdDesc();
		return all.stream()
			.filter(round -> round.phase(now) == RoundPhase.OPEN)
			.min(Comparator.comparing(VotingRound::getVotingClosesAt))
			.or(() -> all.stream()
				.filter(round -> round.phase(now) == RoundPhase.BALLOT_READY)
				.min(Comparator.comparing(VotingRound::getVotingOpensAt)))
			.or(() -> all.stream()
				.filter(round -> round.phase(now) == RoundPhase.RESULTS
						&& now.isBefore(round.getResultsAt().plus(Duration.ofDays(RESULTS_HIGHLIGHTED_DAYS))))
				.max(Comparator.comparing(VotingRound::getResultsAt)))
			.map(round -> RoundReader.summary(round, locale, now));
	}

	private static VotingRound current(List<VotingRound> all, Instant now) {
		Comparator<VotingRound> closingFirst = Comparator.comparing(VotingRound::getVotingClosesAt);
		return all.stream()
			.filter(round -> round.phase(now) == RoundPhase.OPEN)
			.min(closingFirst)
			.or(() -> all.stream()
				.filter(round -> !round.isFrozen(now))
				.min(Comparator.comparing(VotingRound::getVotingOpensAt)))
			.or(() -> all.stream().max(Comparator.comparing(VotingRound::getVotingClosesAt)))
			.orElse(null);
	}

	/**
	 * Records the signed-in resident's ballot, replacing the one they cast before in this
	 * round.
	 * @param itemIds the ballot items they choose
	 * @return what was recorded, and when
	 * @throws Rejection for an unknown round, voting not open, an account that is not a
	 * verified resident, an unknown item, an empty ballot, too many choices, over the
	 * budget or under the minimum share; nothing changes then
	 */
	@RolesAllowed(Roles.RESIDENT)
	public MyBallot cast(Long roundId, Set<Long> itemIds) {
		Set<Long> chosen = new LinkedHashSet<>(itemIds);
		RuntimeException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return transaction.execute(status -> castOnce(roundId, chosen));
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
				last = race;
				pause(attempt);
			}
		}
		throw last;
	}

	/**
	 * Checks the ballot, locks the resident's ballot row and replaces its votes; a first
	 * ballot is inserted, and if a parallel first submission won that race (unique key),
	 * the caller retries and this one replaces that ballot instead.
	 */
	private MyBallot castOnce(Long roundId, Set<Long> chosen) {
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
		String voter = round.id() + ":" + accountId;
		Long known = ballotIds.get(voter);
		if (known == null || !ballots.replaceKnown(known, accountId, chosen, total, now)) {
			Long ballotId = ballots.lock(round.id(), accountId).orElse(null);
			if (ballotId == null) {
				ballotId = firstBallot(round.id(), accountId, chosen, total, now);
			}
			else {
				ballots.replace(ballotId, chosen, total, now);
			}
			if (ballotIds.size() >= REMEMBERED_BALLOTS) {
				ballotIds.clear();
			}
			ballotIds.put(voter, ballotId);
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
		FrozenRound known = frozen.get(roundId);
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

	private static void pause(int attempt) {
		try {
			Thread.sleep(Math.min(50, 1L << Math.min(attempt, 5)));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
