package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.security.RunAs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counting: live totals where a round shows them, the published results (stored when the
 * results moment passes, winners marked chosen), the administrators' integrity report,
 * and removing the link between ballots and accounts after the retention period.
 */
@Service
public class ResultsService {

	private static final Logger log = LoggerFactory.getLogger(ResultsService.class);

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final Ballots ballots;

	private final RoundReader reader;

	private final ItemIdeas itemIdeas;

	private final VotingProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AddressService addresses;

	private final VoterMarkers markers;

	private final RunAs runAs;

	private final ApplicationEventPublisher events;

	/**
	 * The last count of each round, with the state of the ballots and rules it counted:
	 * live totals would otherwise count every vote again on every view of the results.
	 */
	private final Map<Long, CountedOutcome> counted = new ConcurrentHashMap<>();

	ResultsService(VotingRoundRepository rounds, BallotItemRepository items, Ballots ballots, RoundReader reader,
			ItemIdeas itemIdeas, VotingProperties properties, TransactionTemplate transaction, Clock clock,
			AddressService addresses, VoterMarkers markers, RunAs runAs, ApplicationEventPublisher events) {
		this.runAs = runAs;
		this.events = events;
		this.markers = markers;
		this.rounds = rounds;
		this.items = items;
		this.ballots = ballots;
		this.reader = reader;
		this.itemIdeas = itemIdeas;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
		this.addresses = addresses;
	}

	/**
	 * The round's results: published ones as stored, or live totals where the round shows
	 * them during voting. Between the results moment and the job that publishes them
	 * (within a minute) the same count is shown, as voting has closed; reading never
	 * writes.
	 * @throws Rejection {@code voting.error.resultsNotYet} before then
	 */
	@PreAuthorize("isAuthenticated()")
	public RoundResults results(Long roundId, Locale locale) {
		VotingRound round = reader.round(roundId);
		Instant now = clock.instant();
		if (!round.resultsVisible(now)) {
			throw new Rejection("voting.error.resultsNotYet", DisplayFormats.dateTime(round.getResultsAt(), locale));
		}
		Map<Long, BallotEntry> entries = reader.entriesById(roundId);
		List<BallotItem> onBallot = items.findByRoundIdOrderByPositionAscIdAsc(roundId);
		if (round.getResultsPublishedAt() != null) {
			return stored(round, onBallot, entries, locale);
		}
		return live(round, onBallot, entries, locale);
	}

	private RoundResults stored(VotingRound round, List<BallotItem> onBallot, Map<Long, BallotEntry> entries,
			Locale locale) {
		Map<Long, Integer> votes = new HashMap<>();
		Set<Long> byVotes = new HashSet<>();
		Set<Long> byShares = new HashSet<>();
		for (BallotItem item : onBallot) {
			votes.put(item.getId(), item.getResultVotes() == null ? 0 : item.getResultVotes());
			if (Boolean.TRUE.equals(item.getChosenByVotes())) {
				byVotes.add(item.getId());
			}
			if (Boolean.TRUE.equals(item.getChosenByShares())) {
				byShares.add(item.getId());
			}
		}
		return assemble(round, onBallot, entries, locale, votes, byVotes, byShares, round.getResultsPublishedAt());
	}

	private RoundResults live(VotingRound round, List<BallotItem> onBallot, Map<Long, BallotEntry> entries,
			Locale locale) {
		Outcome outcome = count(round, onBallot);
		return assemble(round, onBallot, entries, locale, outcome.votes(), outcome.byVotes(), outcome.byShares(), null);
	}

	private RoundResults assemble(VotingRound round, List<BallotItem> onBallot, Map<Long, BallotEntry> entries,
			Locale locale, Map<Long, Integer> votes, Set<Long> byVotes, Set<Long> byShares, Instant publishedAt) {
		List<Tally.Candidate> ranked = Tally.ranked(candidates(round, onBallot, votes));
		Map<Long, BallotItem> byId = new HashMap<>();
		onBallot.forEach(item -> byId.put(item.getId(), item));
		List<RoundResults.ResultLine> lines = new ArrayList<>();
		long spentByVotes = 0;
		long spentByShares = 0;
		for (Tally.Candidate candidate : ranked) {
			BallotItem item = byId.get(candidate.itemId());
			boolean votesChose = byVotes.contains(item.getId());
			boolean sharesChose = byShares.contains(item.getId());
			spentByVotes += votesChose ? item.costOrZero() : 0;
			spentByShares += sharesChose ? item.costOrZero() : 0;
			BallotEntry entry = entries.get(item.getId());
			lines.add(new RoundResults.ResultLine(lines.size() + 1, item.getId(), item.getIdeaId(),
					entry == null ? "" : entry.title(), item.getCost(), candidate.votes(), votesChose, sharesChose,
					round.isEqualShares() ? sharesChose : votesChose, entry == null ? List.of() : entry.ideas()));
		}
		long cast = ballots.ballotsCast(round.getId());
		double share = round.getBudget() == null || cast == 0 ? 0 : (double) round.getBudget() / cast;
		return new RoundResults(round.getId(), round.title(locale), round.getKind(), round.getBudget(),
				round.getWinners(), cast, publishedAt, round.getSharesVariant(), round.getTieBreak(), lines,
				spentByVotes, spentByShares, share);
	}

	/** The ideas with their votes and their place under the tie-break rule. */
	static List<Tally.Candidate> candidates(VotingRound round, List<BallotItem> onBallot, Map<Long, Integer> votes) {
		Comparator<BallotItem> earlier = Comparator.comparing(BallotItem::getSubjectSubmittedAt)
			.thenComparing(BallotItem::getId);
		Comparator<BallotItem> order = round.getTieBreak() == TieBreak.LOWER_COST
				? Comparator.comparingLong(BallotItem::costOrZero).thenComparing(earlier) : earlier;
		List<BallotItem> tieOrder = onBallot.stream().sorted(order).toList();
		List<Tally.Candidate> candidates = new ArrayList<>();
		for (BallotItem item : onBallot) {
			candidates.add(new Tally.Candidate(item.getId(), item.costOrZero(), votes.getOrDefault(item.getId(), 0),
					tieOrder.indexOf(item)));
		}
		return candidates;
	}

	/**
	 * Counts the stored votes and applies the round's rules; the same count again while
	 * no ballot of the round and none of its rules changed. Whether a ballot changed is
	 * asked of the database ({@link Ballots#state}), so a vote cast through another
	 * instance of the application is seen as well.
	 */
	Outcome count(VotingRound round, List<BallotItem> onBallot) {
		// read before the votes: a ballot cast meanwhile is counted and only makes the
		// next view count again
		List<Object> key = List.of(ballots.state(round.getId()), rules(round, onBallot));
		CountedOutcome last = counted.get(round.getId());
		if (last != null && last.key().equals(key)) {
			return last.outcome();
		}
		Outcome outcome = countNow(round, onBallot);
		counted.put(round.getId(), new CountedOutcome(key, outcome));
		return outcome;
	}

	private static List<Object> rules(VotingRound round, List<BallotItem> onBallot) {
		List<Object> rules = new ArrayList<>();
		rules.add(round.getKind());
		rules.add(Objects.requireNonNullElse(round.getBudget(), -1L));
		rules.add(Objects.requireNonNullElse(round.getWinners(), -1));
		rules.add(Objects.requireNonNullElse(round.getSharesVariant(), ""));
		rules.add(round.getTieBreak());
		for (BallotItem item : onBallot) {
			rules.add(Arrays.asList(item.getId(), item.costOrZero(), item.getSubjectSubmittedAt()));
		}
		return rules;
	}

	private record CountedOutcome(List<Object> key, Outcome outcome) {
	}

	/** Counts without the cache (the benchmark times this). */
	Outcome countNow(VotingRound round, List<BallotItem> onBallot) {
		Map<Long, Integer> votes = ballots.votesPerItem(round.getId());
		List<Tally.Candidate> candidates = candidates(round, onBallot, votes);
		if (round.getKind() != BallotKind.BUDGET) {
			return new Outcome(votes, Tally.top(candidates, round.getWinners()), Set.of());
		}
		Set<Long> byVotes = Tally.greedy(candidates, round.getBudget());
		if (!round.isEqualShares()) {
			return new Outcome(votes, byVotes, Set.of());
		}
		long[] itemIds = candidates.stream().mapToLong(Tally.Candidate::itemId).toArray();
		long[] sortedIds = itemIds.clone();
		Arrays.sort(sortedIds);
		int[] indexOfSorted = new int[itemIds.length];
		for (int i = 0; i < itemIds.length; i++) {
			indexOfSorted[Arrays.binarySearch(sortedIds, itemIds[i])] = i;
		}
		Approvals.Builder approvals = new Approvals.Builder();
		long[] ballot = { -1 };
		ballots.eachVote(round.getId(), (ballotId, itemId) -> {
			if (ballotId != ballot[0]) {
				approvals.endBallot();
				ballot[0] = ballotId;
			}
			approvals.add(indexOfSorted[Arrays.binarySearch(sortedIds, itemId)]);
		});
		int voters = (int) ballots.ballotsCast(round.getId());
		Tally.EqualShares shares = Tally.equalShares(candidates, approvals.build(), voters, round.getBudget(),
				round.getSharesVariant());
		return new Outcome(votes, byVotes, shares.chosen());
	}

	record Outcome(Map<Long, Integer> votes, Set<Long> byVotes, Set<Long> byShares) {
	}

	/**
	 * Publishes the results of every round whose results moment has passed: stores the
	 * totals and winners, and marks the winning ideas chosen (the others go back to the
	 * status they had). Runs on a schedule ({@code VotingJobs}), the one owner of the
	 * results moment.
	 */
	@PermitAll // what is due is published whoever asks; nothing is revealed or chosen
	public void publishDue() {
		Instant now = clock.instant();
		for (VotingRound due : rounds.findByResultsAtLessThanEqualAndResultsPublishedAtIsNull(now)) {
			publishQuietly(due.getId());
		}
	}

	private void publishQuietly(Long roundId) {
		try {
			runAs.asSystem("voting-rounds", () -> transaction.execute(status -> {
				publish(roundId);
				return null;
			}));
		}
		catch (OptimisticLockingFailureException publishedMeanwhile) {
			log.debug("Round {} was published by another thread", roundId);
		}
	}

	private void publish(Long roundId) {
		VotingRound round = reader.round(roundId);
		if (round.getResultsPublishedAt() != null) {
			return;
		}
		List<BallotItem> onBallot = items.findByRoundIdOrderByPositionAscIdAsc(roundId);
		Outcome outcome = count(round, onBallot);
		for (BallotItem item : onBallot) {
			boolean byVotes = outcome.byVotes().contains(item.getId());
			boolean byShares = outcome.byShares().contains(item.getId());
			item.recordResult(outcome.votes().getOrDefault(item.getId(), 0), byVotes,
					round.isEqualShares() ? byShares : null);
			boolean chosen = round.isEqualShares() ? byShares : byVotes;
			if (chosen) {
				itemIdeas.chosen(item, round.getTitleNl());
			}
			else {
				itemIdeas.backToBefore(item, round.getTitleNl());
			}
		}
		round.resultsPublished(clock.instant());
		rounds.flush();
		// in the transaction that publishes them: told exactly when they are out
		events.publishEvent(new RoundResultsPublished(roundId, round.getTitleNl()));
		log.info("Published the results of voting round {}", roundId);
	}

	/**
	 * Removes the link between ballots and accounts in rounds whose results were
	 * published longer ago than the retention period. The votes, and so the totals, stay.
	 * @return how many rounds were anonymised
	 */
	int anonymiseExpired() {
		Instant now = clock.instant();
		int done = 0;
		for (VotingRound round : rounds.findByResultsPublishedAtIsNotNullAndAnonymisedAtIsNull()) {
			if (!now.isBefore(anonymiseDueAt(round))) {
				transaction.executeWithoutResult(status -> {
					VotingRound fresh = reader.round(round.getId());
					int unlinked = ballots.anonymise(fresh.getId());
					markers.forget(fresh.getId());
					fresh.anonymised(now);
					rounds.flush();
					log.info("Removed the link to accounts from {} ballots of voting round {}", unlinked,
							fresh.getId());
				});
				done++;
			}
		}
		return done;
	}

	private Instant anonymiseDueAt(VotingRound round) {
		return round.getResultsPublishedAt().atZone(DisplayFormats.DUTCH_TIME).plus(properties.retention()).toInstant();
	}

	/**
	 * The integrity report of a round, with the verified accounts per address (the same
	 * for every round: who may vote is not tied to a round).
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional(readOnly = true)
	public IntegrityReport integrity(Long roundId, Locale locale) {
		VotingRound round = reader.round(roundId);
		Instant now = clock.instant();
		RoundPhase phase = round.phase(now);
		boolean countsShown = phase.compareTo(RoundPhase.CLOSED) >= 0 || round.resultsVisible(now);
		Map<Long, String> titles = reader.titles(roundId);
		Map<Long, Integer> recount = ballots.votesPerItem(roundId);
		List<IntegrityReport.ItemCount> counts = new ArrayList<>();
		boolean published = round.getResultsPublishedAt() != null;
		boolean match = true;
		long votesCast = 0;
		for (BallotItem item : items.findByRoundIdOrderByPositionAscIdAsc(roundId)) {
			int counted = recount.getOrDefault(item.getId(), 0);
			votesCast += counted;
			if (published && !Integer.valueOf(counted).equals(item.getResultVotes())) {
				match = false;
			}
			if (countsShown) {
				counts.add(new IntegrityReport.ItemCount(item.getId(), titles.getOrDefault(item.getId(), ""),
						item.getResultVotes(), counted));
			}
		}
		return new IntegrityReport(roundId, round.title(locale), phase, ballots.ballotsCast(roundId), votesCast,
				countsShown, counts, published ? match : null, ballots.ballotsWithWrongTotal(roundId),
				ballots.ballotsOverLimits(roundId, round.getBudget(), round.getMaxChoices()),
				ballots.votesOutsideTheirRound(roundId),
				round.getAnonymisedAt() == null ? markers.people(roundId) : null,
				ballots.ballotsLinkedToAccounts(roundId), round.getAnonymisedAt(),
				published ? anonymiseDueAt(round) : null, addresses.verifiedPerAddress());
	}

}
