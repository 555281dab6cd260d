package nl.wijkstem.voting;

import java.util.Locale;

import nl.wijkstem.base.EntitySubjectNames;

import org.springframework.stereotype.Component;

/**
 * Voting rounds by their title in the reader's language.
 */
@Component
class RoundSubjectNames extends EntitySubjectNames<VotingRound> {

	static final String ROUND = "round";

	RoundSubjectNames(VotingRoundRepository rounds) {
		super(ROUND, rounds);
	}

	@Override
	protected String name(VotingRound round, Locale locale) {
		return round.title(locale);
	}

}
