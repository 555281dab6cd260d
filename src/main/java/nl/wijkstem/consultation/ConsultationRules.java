package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.programme.ProgrammeOverview;

/**
 * What a consultation's settings need before they can be saved, with a problem per field.
 * Field names are those of {@link ConsultationForm}, and {@code dates} for the period.
 */
final class ConsultationRules {

	static final int TITLE_MAX = 200;

	static final int INTRO_MAX = 4000;

	static final int CLOSING_MAX = 2000;

	private ConsultationRules() {
	}

	static void check(ConsultationForm form, ProgrammeOverview programme) {
		List<Rejection.Problem> problems = new ArrayList<>();
		required(problems, "titleNl", form.titleNl(), TITLE_MAX);
		optional(problems, "titleEn", form.titleEn(), TITLE_MAX);
		required(problems, "introNl", form.introNl(), INTRO_MAX);
		optional(problems, "introEn", form.introEn(), INTRO_MAX);
		optional(problems, "closingNl", form.closingNl(), CLOSING_MAX);
		optional(problems, "closingEn", form.closingEn(), CLOSING_MAX);
		if (form.opensAt() == null || form.closesAt() == null || form.resultsAt() == null) {
			problems.add(new Rejection.Problem("dates", "consultation.error.datesMissing"));
		}
		else if (!form.opensAt().isBefore(form.closesAt()) || form.resultsAt().isBefore(form.closesAt())) {
			problems.add(new Rejection.Problem("dates", "consultation.error.datesOrder"));
		}
		if (form.goalId() != null && programme.goals().stream().noneMatch(goal -> goal.id().equals(form.goalId()))) {
			problems.add(new Rejection.Problem("goal", "consultation.error.goalUnknown"));
		}
		Set<Long> themes = programme.themes().stream().map(ProgrammeOverview.Category::id).collect(Collectors.toSet());
		if (!themes.containsAll(form.themeIds())) {
			problems.add(new Rejection.Problem("themes", "consultation.error.themeUnknown"));
		}
		if (form.audience() == null) {
			problems.add(new Rejection.Problem("audience", "consultation.error.audienceMissing"));
		}
		Rejection.rejectIfAny(problems);
	}

	static void required(List<Rejection.Problem> problems, String field, String text, int max) {
		if (text == null || text.isBlank()) {
			problems.add(new Rejection.Problem(field, "consultation.error.fieldRequired"));
		}
		else {
			optional(problems, field, text, max);
		}
	}

	static void optional(List<Rejection.Problem> problems, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			problems.add(new Rejection.Problem(field, "consultation.error.fieldTooLong", max));
		}
	}

}
