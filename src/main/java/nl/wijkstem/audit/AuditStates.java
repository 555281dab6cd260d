package nl.wijkstem.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How to read the states before and after an action. The actions record codes (a status,
 * "hidden") and short structured texts ({@code goal=3 themes=1,2},
 * {@code DUPLICATE of 12}); this turns them into a translation key with parts, which
 * {@link AuditTexts} puts in the reader's words. Entries recorded long ago read the same
 * way. Texts people wrote (titles, answers) stay as they are, and so does anything this
 * does not recognise.
 */
final class AuditStates {

	/** The actions whose states are text people wrote, never codes. */
	private static final Set<String> TEXT_ACTIONS = Set.of("idea.revise", "idea.answer", "round.create", "round.update",
			"consultation.outcome", "consultation.outcomeChange", "consultation.publish", "consultation.correctText");

	private static final Map<String, String> WORDS = Map.of("visible", "audit.state.visible", "hidden",
			"audit.state.hidden", "reported", "audit.state.reported", "dismissed", "audit.state.dismissed", "reviewed",
			"audit.state.reviewed", "not reviewed", "audit.state.notReviewed", "VERIFIED", "audit.state.verified",
			"NOT_VERIFIED", "audit.state.notVerified", "IN_PERSON", "audit.state.inPerson");

	private static final Pattern REPORTS = Pattern.compile("(\\d+) reports");

	private static final Pattern DUPLICATE = Pattern.compile("DUPLICATE of (\\d+)");

	private static final Pattern FILING = Pattern.compile("goal=(\\d+|-|null) themes=([\\d,]*)");

	private static final Pattern PLACEMENT = Pattern.compile("idea=(\\d+) group=(\\d+|-)(?: goal=(\\d+|null))?");

	private static final Pattern GROUP = Pattern.compile("goal=(\\d+|null) name=(.*?) summary=(.*)", Pattern.DOTALL);

	private static final Pattern IDEA = Pattern.compile("idea (\\d+)");

	private static final Pattern GROUP_IDEAS = Pattern.compile("group (\\d+)(?: ideas ([\\d,]*))?");

	private static final Pattern TEMPLATE = Pattern.compile("(.*) \\[([A-Z_, ]*)\\]", Pattern.DOTALL);

	private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_]*");

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}");

	private AuditStates() {
	}

	/** Every key a state can be read with, for the test that they all have words. */
	static Stream<String> keys() {
		return Stream.concat(WORDS.values().stream(),
				Stream.of("audit.state.none", "audit.state.reports", "audit.state.duplicateOf", "audit.state.filing",
						"audit.state.inGroup", "audit.state.noGroup", "audit.state.noGroupUnderGoal",
						"audit.state.group", "audit.state.groupIdeas", "audit.state.template", "audit.state.euros"));
	}

	static State read(String action, String value) {
		String text = value == null ? "" : value;
		if (text.isBlank() || TEXT_ACTIONS.contains(action)) {
			return State.text(text);
		}
		if (action.startsWith("reasonTemplate.")) {
			return template(text);
		}
		if ("ballot.cost".equals(action)) {
			return AMOUNT.matcher(text).matches() ? new State("audit.state.euros", List.of(Long.valueOf(text)))
					: State.word("audit.state.none");
		}
		if (WORDS.containsKey(text)) {
			return State.word(WORDS.get(text));
		}
		// an idea's status: its module words it (idea.status.*); the trail only knows the
		// code's form, so that it needs nothing of the module it records
		if (action.startsWith("idea.") && STATUS.matcher(text).matches()) {
			return State.word("idea.status." + text);
		}
		return structured(text);
	}

	private static State structured(String text) {
		Matcher match;
		if ((match = REPORTS.matcher(text)).matches()) {
			return new State("audit.state.reports", List.of(Long.valueOf(match.group(1))));
		}
		if ((match = DUPLICATE.matcher(text)).matches()) {
			return new State("audit.state.duplicateOf", List.of(ref("idea", match.group(1))));
		}
		if ((match = FILING.matcher(text)).matches()) {
			List<Ref> themes = refs("theme", match.group(2)).stream()
				.map(theme -> new Ref(theme.type(), theme.id(), true))
				.toList();
			return new State("audit.state.filing", List.of(nameOrNone("goal", match.group(1)),
					themes.isEmpty() ? new Word("audit.state.none") : themes));
		}
		if ((match = PLACEMENT.matcher(text)).matches()) {
			Ref idea = ref("idea", match.group(1));
			if (match.group(3) != null) {
				return new State("audit.state.noGroupUnderGoal", List.of(idea, nameOrNone("goal", match.group(3))));
			}
			return "-".equals(match.group(2)) ? new State("audit.state.noGroup", List.of(idea))
					: new State("audit.state.inGroup", List.of(idea, ref("group", match.group(2))));
		}
		if ((match = GROUP.matcher(text)).matches()) {
			return new State("audit.state.group",
					List.of(nameOrNone("goal", match.group(1)), match.group(2), match.group(3)));
		}
		if ((match = IDEA.matcher(text)).matches()) {
			return new State(null, List.of(ref("idea", match.group(1))));
		}
		if ((match = GROUP_IDEAS.matcher(text)).matches()) {
			Ref group = ref("group", match.group(1));
			return match.group(2) == null ? new State(null, List.of(group))
					: new State("audit.state.groupIdeas", List.of(group, refs("idea", match.group(2))));
		}
		return State.text(text);
	}

	/**
	 * A reason template as {@code ReasonTemplates} describes it: "title [PUBLISH, HIDE]".
	 */
	private static State template(String text) {
		Matcher match = TEMPLATE.matcher(text);
		if (!match.matches()) {
			return State.text(text);
		}
		List<Word> kinds = Arrays.stream(match.group(2).split(","))
			.map(String::strip)
			.filter(kind -> !kind.isEmpty())
			.map(kind -> new Word("reasonTemplates.kind." + kind))
			.toList();
		return new State("audit.state.template", List.of(match.group(1), kinds));
	}

	private static Ref ref(String type, String id) {
		return new Ref(type, Long.valueOf(id), false);
	}

	private static Object nameOrNone(String type, String id) {
		return id.chars().allMatch(Character::isDigit) ? new Ref(type, Long.valueOf(id), true)
				: new Word("audit.state.none");
	}

	private static List<Ref> refs(String type, String ids) {
		return Arrays.stream(ids.split(",")).filter(id -> !id.isEmpty()).map(id -> ref(type, id)).toList();
	}

	/**
	 * A thing a state speaks of, shown as "Idee 12: title", or by its name alone.
	 */
	record Ref(String type, Long id, boolean nameOnly) {
	}

	/** A word from the bundles, such as the name of a decision kind. */
	record Word(String key) {
	}

	/**
	 * A state: a translation key with its parts (text, numbers, a {@link Ref}, a
	 * {@link Word}, or a list of refs or words), or, without a key, its one part.
	 */
	record State(String key, List<Object> parts) {

		static State text(String text) {
			return new State(null, List.of(text));
		}

		static State word(String key) {
			return new State(key, List.of());
		}

		/** The things it speaks of, to name them all at once. */
		Stream<Ref> refs() {
			return parts.stream()
				.flatMap(part -> part instanceof List<?> list ? list.stream() : Stream.of(part))
				.filter(Ref.class::isInstance)
				.map(Ref.class::cast);
		}

	}

}
