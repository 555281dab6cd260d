package nl.wijkstem.voting;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.consultation.OutcomeLinkKind;
import nl.wijkstem.consultation.OutcomeLinkTargets;
import nl.wijkstem.consultation.OutcomeTarget;

import org.springframework.stereotype.Component;

/**
 * Voting rounds as a consultation's outcome links to them: by their title, to their vote
 * page (which leads on to the results once they are out).
 */
@Component
class RoundOutcomeTargets implements OutcomeLinkTargets {

	private final VotingRoundRepository rounds;

	RoundOutcomeTargets(VotingRoundRepository rounds) {
		this.rounds = rounds;
	}

	@Override
	public OutcomeLinkKind kind() {
		return OutcomeLinkKind.ROUND;
	}

	@Override
	public Map<Long, OutcomeTarget> find(Collection<Long> ids, Locale locale) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return rounds.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(VotingRound::getId, round -> new OutcomeTarget(OutcomeLinkKind.ROUND,
					round.getId(), round.title(locale), "vote/" + round.getId())));
	}

}
