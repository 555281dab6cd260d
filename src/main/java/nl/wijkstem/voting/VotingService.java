package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.base.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents see the rounds and cast their ballot. One ballot per resident per round:
 * submitting again replaces its votes ({@link BallotBox}).
 */
@Service
public class VotingService {

	static final int RESULTS_HIGHLIGHTED_DAYS = 30;

	private final VotingRoundRepository rounds;

	private final Ballots ballots;

	private final RoundReader reader;

	private final AccountService accounts;

	private final ResidencyService residency;

	private final BallotBox box;

	private final Clock clock;

	VotingService(VotingRoundRepository rounds, Ballots ballots, RoundReader reader, AccountService accounts,
			ResidencyService residency, BallotBox box, Clock clock) {
		this.rounds = rounds;
		this.ballots = ballots;
		this.reader = reader;
		this.accounts = accounts;
		this.residency = residency;
		this.box = box;
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
	 * Whether a voting round has this id. Rounds are public (the vote page lists them
	 * all), so this tells nobody anything new.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public boolean roundExists(Long roundId) {
		return roundId != null && rounds.existsById(roundId);
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
		return box.cast(roundId, new LinkedHashSet<>(itemIds));
	}

}
