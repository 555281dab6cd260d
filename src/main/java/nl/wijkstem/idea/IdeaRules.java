package nl.wijkstem.idea;

import nl.wijkstem.base.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a submitted idea must satisfy. The form shows the same limits while typing; the
 * service checks them again, because only the server decides.
 */
final class IdeaRules {

	static final int TITLE_MIN = 10;

	static final int TITLE_MAX = 120;

	static final int DESCRIPTION_MIN = 30;

	static final int DESCRIPTION_MAX = 5000;

	static final int LOCATION_TEXT_MAX = 200;

	private IdeaRules() {
	}

	/** Problems that even a draft may not have: text that does not fit the database. */
	static List<Rejection.Problem> draftProblems(IdeaDraft draft) {
		List<Rejection.Problem> problems = new ArrayList<>();
		tooLong(problems, "title", draft.title(), TITLE_MAX);
		tooLong(problems, "description", draft.description(), DESCRIPTION_MAX);
		tooLong(problems, "locationText", draft.locationText(), LOCATION_TEXT_MAX);
		return problems;
	}

	static List<Rejection.Problem> submissionProblems(IdeaDraft draft) {
		List<Rejection.Problem> problems = draftProblems(draft);
		tooShort(problems, "title", draft.title(), TITLE_MIN);
		tooShort(problems, "description", draft.description(), DESCRIPTION_MIN);
		if (draft.placeKind() == null) {
			problems.add(new Rejection.Problem("placeKind", "idea.error.placeKind"));
		}
		// a pin alone tells only people who see the map where the idea is (WCAG 1.1.1)
		if (draft.latitude() != null && clean(draft.locationText()).isEmpty()) {
			problems.add(new Rejection.Problem("locationText", "idea.error.pinWithoutWords"));
		}
		return problems;
	}

	static String clean(String text) {
		return text == null ? "" : text.strip().replace("\r\n", "\n");
	}

	private static void tooLong(List<Rejection.Problem> problems, String field, String value, int max) {
		if (clean(value).length() > max) {
			problems.add(new Rejection.Problem(field, "idea.error.tooLong", max));
		}
	}

	private static void tooShort(List<Rejection.Problem> problems, String field, String value, int min) {
		if (clean(value).length() < min) {
			problems.add(new Rejection.Problem(field, "idea.error.tooShort", min));
		}
	}

}
