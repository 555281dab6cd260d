package nl.wijkstem.voting;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.consultation.OutcomeLinkKind;
import nl.wijkstem.consultation.OutcomeLinkTargets;

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
	public Map<Long, String> titles(Collection<Long> ids, Locale locale) {
		return rounds.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(VotingRound::getId, round -> round.title(locale)));
	}

	@Override
	public String path(Long id) {
		return "vote/" + id;
	}

}
