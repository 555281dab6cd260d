package nl.wijkstem.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Until when the codes of a batch work: the end of its date, or, for a batch tied to a
 * voting round, the moment that round's voting closes as the round says now, so codes
 * follow a round whose closing is moved. Rounds are asked for all batches at once.
 */
@Component
class CodeValidity {

	private final ObjectProvider<VotingDeadlines> deadlines;

	CodeValidity(ObjectProvider<VotingDeadlines> deadlines) {
		this.deadlines = deadlines;
	}

	/**
	 * @param endsAt the first moment the codes no longer work
	 * @param round the round the batch follows, or {@code null} for a date
	 */
	record Ending(Instant endsAt, VotingDeadlines.Deadline round) {

		boolean worksAt(Instant now) {
			return now.isBefore(endsAt);
		}

	}

	/** Per batch id, when its codes stop working. */
	Map<Long, Ending> endings(Collection<CodeBatch> batches, Locale locale) {
		Set<Long> roundIds = batches.stream()
			.map(CodeBatch::getRoundId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, VotingDeadlines.Deadline> rounds = roundIds.isEmpty() ? Map.of()
				: deadlines().byIds(roundIds, locale);
		Map<Long, Ending> endings = new HashMap<>();
		for (CodeBatch batch : batches) {
			VotingDeadlines.Deadline round = batch.getRoundId() == null ? null : rounds.get(batch.getRoundId());
			endings.put(batch.getId(), new Ending(batch.endsAt(round == null ? null : round.closesAt()), round));
		}
		return endings;
	}

	Ending ending(CodeBatch batch, Locale locale) {
		return endings(List.of(batch), locale).get(batch.getId());
	}

	/** The batches whose codes still work. */
	Set<Long> working(Collection<CodeBatch> batches, Instant now) {
		return endings(batches, Locale.ROOT).entrySet()
			.stream()
			.filter(ending -> ending.getValue().worksAt(now))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	List<VotingDeadlines.Deadline> openRounds(Instant now, Locale locale) {
		return deadlines().open(now, locale);
	}

	Optional<VotingDeadlines.Deadline> round(Long roundId, Locale locale) {
		return Optional.ofNullable(deadlines().byIds(List.of(roundId), locale).get(roundId));
	}

	private VotingDeadlines deadlines() {
		return deadlines.getIfAvailable(() -> VotingDeadlines.NONE);
	}

}
