package nl.wijkstem.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.audit.AuditStates.Ref;
import nl.wijkstem.audit.AuditStates.State;

import org.springframework.stereotype.Component;

/**
 * Names what a part of the trail speaks of, asking each module that names a kind of
 * subject once per kind: a page of 25 entries costs a handful of queries, whatever they
 * hold.
 */
@Component
class SubjectNaming {

	private final Map<String, SubjectNames> byType = new HashMap<>();

	SubjectNaming(List<SubjectNames> modules) {
		for (SubjectNames module : modules) {
			for (String type : module.subjectTypes()) {
				if (byType.putIfAbsent(type, module) != null) {
					throw new IllegalStateException("Two modules name subjects of kind " + type);
				}
			}
		}
	}

	/** The kinds of subject some module names. */
	Set<String> namedTypes() {
		return Set.copyOf(byType.keySet());
	}

	/** The entries in the reader's words, with every subject named that still exists. */
	List<AuditLine> lines(List<AuditEntryView> entries, AuditWords words) {
		Map<String, Set<Long>> wanted = new HashMap<>();
		for (AuditEntryView entry : entries) {
			want(wanted, new Ref(entry.subjectType(), entry.subjectId(), false));
			for (String value : new String[] { entry.before(), entry.after() }) {
				State state = AuditStates.read(entry.action(), value);
				state.refs().forEach(ref -> want(wanted, ref));
			}
		}
		Map<Ref, SubjectName> names = new HashMap<>();
		wanted.forEach((type, ids) -> byType.get(type)
			.names(type, ids, words.locale())
			.forEach((id, name) -> names.put(new Ref(type, id, false), name)));
		AuditTexts texts = new AuditTexts(words, names, namedTypes());
		return entries.stream().map(texts::line).toList();
	}

	private void want(Map<String, Set<Long>> wanted, Ref ref) {
		if (ref.id() != null && byType.containsKey(ref.type())) {
			wanted.computeIfAbsent(ref.type(), type -> new HashSet<>()).add(ref.id());
		}
	}

}
