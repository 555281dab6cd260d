package nl.wijkstem.moderation;

import nl.wijkstem.base.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a group's name and summary must be: the public reads them on the programme page.
 */
final class GroupRules {

	static final int NAME_MIN = 3;

	static final int NAME_MAX = 120;

	static final int SUMMARY_MIN = 10;

	static final int SUMMARY_MAX = 300;

	private GroupRules() {
	}

	/** One line of text: spaces, tabs and line breaks become single spaces. */
	static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
	}

	static List<Rejection.Problem> problems(String name, String summary) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
			problems.add(new Rejection.Problem("name", "moderation.group.error.name", NAME_MIN, NAME_MAX));
		}
		if (summary.length() < SUMMARY_MIN || summary.length() > SUMMARY_MAX) {
			problems.add(new Rejection.Problem("summary", "moderation.group.error.summary", SUMMARY_MIN, SUMMARY_MAX));
		}
		return problems;
	}

}
