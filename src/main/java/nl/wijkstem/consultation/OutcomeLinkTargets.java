package nl.wijkstem.consultation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the things of one kind an outcome may link to. The module that owns them
 * implements it (groups in moderation, voting rounds in voting), so consultations check
 * and name links without depending on modules that may depend on them.
 */
public interface OutcomeLinkTargets {

	OutcomeLinkKind kind();

	/**
	 * The titles of those of the given numbers that exist and everyone may see, by
	 * number, in the reader's language where they have languages; others are left out.
	 * Called for everyone, signed in or not, with at least one number.
	 */
	Map<Long, String> titles(Collection<Long> ids, Locale locale);

	/** The public page of the target with this number, a path inside Wijkstem. */
	String path(Long id);

	/**
	 * Those of the given numbers that exist and everyone may see, by number; others are
	 * left out. Called for everyone, signed in or not.
	 */
	default Map<Long, OutcomeTarget> find(Collection<Long> ids, Locale locale) {
		Map<Long, OutcomeTarget> found = new HashMap<>();
		if (!ids.isEmpty()) {
			titles(ids, locale).forEach((id, title) -> found.put(id, new OutcomeTarget(kind(), id, title, path(id))));
		}
		return found;
	}

}
