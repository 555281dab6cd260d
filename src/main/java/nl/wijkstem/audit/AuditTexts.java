package nl.wijkstem.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.base.SubjectName;
import nl.wijkstem.audit.AuditStates.Ref;
import nl.wijkstem.audit.AuditStates.State;
import nl.wijkstem.audit.AuditStates.Word;

/**
 * Puts the trail's codes in the reader's words: actions, kinds of subject, who acted, the
 * subjects by name and the states before and after. A code the bundles do not know (an
 * action added later without words) is shown as it is rather than hidden.
 */
public final class AuditTexts {

	private final AuditWords words;

	private final Map<Ref, SubjectName> names;

	private final Set<String> namedTypes;

	/** For labels only: actions, kinds of subject and people, without names of things. */
	public AuditTexts(AuditWords words) {
		this(words, Map.of(), Set.of());
	}

	/**
	 * @param names the names found, by reference (with {@code nameOnly} false)
	 * @param namedTypes the kinds of subject some module names: one of those without a
	 * name is gone
	 */
	AuditTexts(AuditWords words, Map<Ref, SubjectName> names, Set<String> namedTypes) {
		this.words = words;
		this.names = names;
		this.namedTypes = namedTypes;
	}

	public String action(String code) {
		return known("audit.action." + code, code);
	}

	public String subjectType(String code) {
		return known("audit.subject." + code, code);
	}

	/**
	 * Who acted: their name then, or for a step Wijkstem took on its own (a voting round
	 * publishing its results) what took it.
	 */
	public String actor(String name, Long accountId) {
		if (name == null || name.isBlank()) {
			return text("audit.actor.unknown");
		}
		return accountId == null ? known("audit.actor.system." + name, name) : name;
	}

	AuditLine line(AuditEntryView entry) {
		Ref subject = new Ref(entry.subjectType(), entry.subjectId(), false);
		SubjectName name = entry.subjectId() == null ? null : names.get(subject);
		return new AuditLine(entry, actor(entry.actorName(), entry.actorId()), action(entry.action()),
				subjectType(entry.subjectType()), ref(subject), name == null ? null : name.type(),
				name == null ? null : name.id(), state(AuditStates.read(entry.action(), entry.before())),
				state(AuditStates.read(entry.action(), entry.after())));
	}

	String state(State state) {
		List<Object> parts = state.parts().stream().map(this::part).toList();
		if (state.key() == null) {
			return parts.isEmpty() ? "" : String.valueOf(parts.getFirst());
		}
		return text(state.key(), parts.toArray());
	}

	private Object part(Object part) {
		return switch (part) {
			case Ref ref -> ref(ref);
			case Word word -> text(word.key());
			case List<?> list -> list.stream().map(this::part).map(String::valueOf).collect(Collectors.joining(", "));
			default -> part;
		};
	}

	/**
	 * "Idee 12: Bankjes bij de Krabbeplas", "Reactie 7 bij Idee 12: ...", or "Idee 12".
	 */
	private String ref(Ref ref) {
		String kind = subjectType(ref.type());
		if (ref.id() == null) {
			return kind;
		}
		String id = ref.id().toString();
		SubjectName name = names.get(new Ref(ref.type(), ref.id(), false));
		if (name == null) {
			return text(namedTypes.contains(ref.type()) && !ref.nameOnly() ? "audit.subject.gone" : "audit.subject",
					kind, id);
		}
		boolean own = name.type().equals(ref.type()) && name.id().equals(ref.id());
		if (ref.nameOnly() && own && !name.name().isBlank()) {
			return name.name();
		}
		String named = name.name().isBlank() ? text("audit.subject", subjectType(name.type()), name.id().toString())
				: text("audit.subject.named", subjectType(name.type()), name.id().toString(), name.name());
		return own ? named : text("audit.subject.within", kind, id, named);
	}

	private String text(String key, Object... arguments) {
		return words.text(key, arguments).orElse(key);
	}

	private String known(String key, String code) {
		return words.text(key).orElse(code);
	}

}
