package nl.wijkstem.voting;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting rounds by their title in the reader's language.
 */
@Component
class RoundSubjectNames implements SubjectNames {

	static final String ROUND = "round";

	private final VotingRoundRepository rounds;

	RoundSubjectNames(VotingRoundRepository rounds) {
		this.rounds = rounds;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ROUND);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		return rounds.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(VotingRound::getId,
					round -> new SubjectName(ROUND, round.getId(), round.title(locale))));
	}

}
