package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.idea.BallotIdeas;
import nl.wijkstem.idea.PhotoView;

import org.springframework.stereotype.Component;

/**
 * Rounds and their ballots as views see them; shared by the voting services.
 */
@Component
class RoundReader {

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final BallotIdeas ideas;

	private final ItemIdeas itemIdeas;

	private final Clock clock;

	RoundReader(VotingRoundRepository rounds, BallotItemRepository items, BallotIdeas ideas, ItemIdeas itemIdeas,
			Clock clock) {
		this.rounds = rounds;
		this.items = items;
		this.ideas = ideas;
		this.itemIdeas = itemIdeas;
		this.clock = clock;
	}

	VotingRound round(Long roundId) {
		if (roundId == null) {
			throw new Rejection("voting.error.unknownRound");
		}
		return rounds.findById(roundId).orElseThrow(() -> new Rejection("voting.error.unknownRound"));
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
				round.getMinSpendPercent(), round.minimumSpend(), round.isLiveResults(), round.getSharesVariant(),
				round.getTieBreak(), round.resultsVisible(now), entries(round.getId()));
	}

	List<BallotEntry> entries(Long roundId) {
		List<BallotItem> onBallot = items.findByRoundIdOrderByPositionAscIdAsc(roundId);
		Map<Long, List<Long>> groupIdeas = itemIdeas
			.ofItems(onBallot.stream().filter(BallotItem::isGroup).map(BallotItem::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(BallotItemIdea::getItemId, LinkedHashMap::new,
					Collectors.mapping(BallotItemIdea::getIdeaId, Collectors.toList())));
		List<Long> ideaIds = new ArrayList<>();
		onBallot.stream().map(BallotItem::getIdeaId).filter(Objects::nonNull).forEach(ideaIds::add);
		groupIdeas.values().forEach(ideaIds::addAll);
		Map<Long, BallotIdea> described = ideas.describe(ideaIds)
			.stream()
			.collect(Collectors.toMap(BallotIdea::id, Function.identity()));
		return onBallot.stream().map(item -> {
			if (item.isGroup()) {
				List<BallotIdea> members = groupIdeas.getOrDefault(item.getId(), List.of())
					.stream()
					.map(described::get)
					.filter(Objects::nonNull)
					.toList();
				PhotoView photo = members.stream()
					.map(BallotIdea::firstPhoto)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
				return new BallotEntry(item.getId(), null, item.getGroupId(), item.getTitle(), photo, item.getCost(),
						item.getPosition(), item.getSummary(),
						members.stream().map(idea -> new BallotEntry.IdeaLink(idea.id(), idea.title())).toList());
			}
			BallotIdea idea = described.get(item.getIdeaId());
			return new BallotEntry(item.getId(), item.getIdeaId(), null, idea == null ? "" : idea.title(),
					idea == null ? null : idea.firstPhoto(), item.getCost(), item.getPosition(), "", List.of());
		}).toList();
	}

	/** The round's ballot by item id. */
	Map<Long, BallotEntry> entriesById(Long roundId) {
		return entries(roundId).stream().collect(Collectors.toMap(BallotEntry::itemId, Function.identity()));
	}

	/** Titles of the round's items by item id. */
	Map<Long, String> titles(Long roundId) {
		return entries(roundId).stream().collect(Collectors.toMap(BallotEntry::itemId, BallotEntry::title));
	}

}
