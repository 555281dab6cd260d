package nl.wijkstem.consultation;

import java.util.Collection;
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
	 * Those of the given numbers that exist and everyone may see, by number; others are
	 * left out. Called for everyone, signed in or not.
	 */
	Map<Long, OutcomeTarget> find(Collection<Long> ids, Locale locale);

}
