package nl.wijkstem.voting;

import nl.wijkstem.base.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a round needs before it can be saved, with a translated reason per field.
 */
final class RoundRules {

	static final int TITLE_MAX = 200;

	static final int EXPLANATION_MAX = 4000;

	static final long BUDGET_MAX = 1_000_000_000L;

	private RoundRules() {
	}

	static void check(RoundForm form, Instant now, boolean frozen) {
		List<Rejection.Problem> problems = new ArrayList<>();
		text(problems, "titleNl", form.titleNl(), 3, TITLE_MAX);
		text(problems, "titleEn", form.titleEn(), 3, TITLE_MAX);
		text(problems, "explanationNl", form.explanationNl(), 10, EXPLANATION_MAX);
		text(problems, "explanationEn", form.explanationEn(), 10, EXPLANATION_MAX);
		if (form.ballotChosenAt() == null || form.votingOpensAt() == null || form.votingClosesAt() == null
				|| form.resultsAt() == null) {
			problems.add(problem("dates", "voting.error.datesMissing"));
		}
		else if (form.ballotChosenAt().isAfter(form.votingOpensAt())
				|| !form.votingOpensAt().isBefore(form.votingClosesAt())
				|| form.resultsAt().isBefore(form.votingClosesAt())) {
			problems.add(problem("dates", "voting.error.datesOrder"));
		}
		else if (!frozen && !form.votingOpensAt().isAfter(now)) {
			problems.add(problem("dates", "voting.error.opensInPast"));
		}
		if (form.kind() == null) {
			problems.add(problem("kind", "voting.error.kindMissing"));
		}
		else if (form.kind() == BallotKind.BUDGET) {
			if (form.budget() == null || form.budget() < 1 || form.budget() > BUDGET_MAX) {
				problems.add(problem("budget", "voting.error.budget"));
			}
			if (form.minSpendPercent() < 0 || form.minSpendPercent() > 100) {
				problems.add(problem("minSpend", "voting.error.minSpend"));
			}
		}
		else {
			if (form.winners() == null || form.winners() < 1) {
				problems.add(problem("winners", "voting.error.winners"));
			}
			if (form.kind() == BallotKind.LIMITED && (form.maxChoices() == null || form.maxChoices() < 1)) {
				problems.add(problem("maxChoices", "voting.error.maxChoices"));
			}
		}
		if (form.tieBreak() == null) {
			problems.add(problem("tieBreak", "voting.error.tieBreakMissing"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	private static void text(List<Rejection.Problem> problems, String field, String value, int min, int max) {
		int length = value == null ? 0 : value.strip().length();
		if (length < min || length > max) {
			problems.add(problem(field, "voting.error.textLength", min, max));
		}
	}

	private static Rejection.Problem problem(String field, String key, Object... arguments) {
		return new Rejection.Problem(field, key, arguments);
	}

}
