package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.idea.BallotIdeas;

import org.springframework.stereotype.Component;

/**
 * Rounds and their ballots as views see them; shared by the voting services.
 */
@Component
class RoundReader {

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final BallotIdeas ideas;

	private final Clock clock;

	RoundReader(VotingRoundRepository rounds, BallotItemRepository items, BallotIdeas ideas, Clock clock) {
		this.rounds = rounds;
		this.items = items;
		this.ideas = ideas;
		this.clock = clock;
	}

	VotingRound round(Long roundId) {
		if (roundId == null) {
			throw new VotingRejectedException("voting.error.unknownRound");
		}
		return rounds.findById(roundId).orElseThrow(() -> new VotingRejectedException("voting.error.unknownRound"));
	}

	List<RoundSummary> all(Locale locale) {
		Instant now = clock.instant();
		return rounds.findAllByOrderByVotingOpensAtDescIdDesc()
			.stream()
			.map(round -> summary(round, locale, now))
			.toList();
	}

	static RoundSummary summary(VotingRound round, Locale locale, Instant now) {
		return new RoundSummary(round.getId(), round.title(locale), round.phase(now), round.getKind(),
				round.getVotingOpensAt(), round.getVotingClosesAt(), round.getResultsAt(), round.resultsVisible(now));
	}

	RoundDetails details(VotingRound round, Locale locale) {
		Instant now = clock.instant();
		return new RoundDetails(round.getId(), round.title(locale), round.explanation(locale), round.phase(now),
				round.getBallotChosenAt(), round.getVotingOpensAt(), round.getVotingClosesAt(), round.getResultsAt(),
				round.getKind(), round.getMaxChoices(), round.getWinners(), round.getBudget(),
				round.getMinSpendPercent(), round.minimumSpend(), round.isLiveResults(), round.isEqualShares(),
				round.getTieBreak(), round.resultsVisible(now), entries(round.getId()));
	}

	List<BallotEntry> entries(Long roundId) {
		List<BallotItem> onBallot = items.findByRoundIdOrderByPositionAscIdAsc(roundId);
		Map<Long, BallotIdea> described = ideas.describe(onBallot.stream().map(BallotItem::getIdeaId).toList())
			.stream()
			.collect(Collectors.toMap(BallotIdea::id, Function.identity()));
		return onBallot.stream().map(item -> {
			BallotIdea idea = described.get(item.getIdeaId());
			return new BallotEntry(item.getId(), item.getIdeaId(), idea == null ? "" : idea.title(),
					idea == null ? null : idea.firstPhoto(), item.getCost(), item.getPosition());
		}).toList();
	}

	/** Titles of the round's items by item id. */
	Map<Long, String> titles(Long roundId) {
		return entries(roundId).stream().collect(Collectors.toMap(BallotEntry::itemId, BallotEntry::title));
	}

}
