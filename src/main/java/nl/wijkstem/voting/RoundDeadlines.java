package nl.wijkstem.voting;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkstem.account.VotingDeadlines;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the account module when rounds close, so letter codes can stop working with a
 * round's voting. Read at every use, so codes follow a round whose closing is moved.
 */
@Component
class RoundDeadlines implements VotingDeadlines {

	private final VotingRoundRepository rounds;

	RoundDeadlines(VotingRoundRepository rounds) {
		this.rounds = rounds;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> open(Instant now, Locale locale) {
		// a handful of rounds a year: no query of its own needed
		return rounds.findAll()
			.stream()
			.filter(round -> round.getVotingClosesAt().isAfter(now))
			.sorted(Comparator.comparing(VotingRound::getVotingClosesAt).thenComparing(VotingRound::getId))
			.map(round -> deadline(round, locale))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Deadline> byIds(Collection<Long> roundIds, Locale locale) {
		return rounds.findAllById(roundIds)
			.stream()
			.collect(Collectors.toMap(VotingRound::getId, round -> deadline(round, locale)));
	}

	private static Deadline deadline(VotingRound round, Locale locale) {
		return new Deadline(round.getId(), round.title(locale), round.getVotingClosesAt());
	}

}
