package nl.wijkstem.base;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a feature module's things by kind and number, for a module that keeps only
 * references to them: the audit trail shows "Idee 12: Bankjes bij de Krabbeplas" rather
 * than "idea 12" without reaching into the module that owns ideas. Each module names its
 * own kinds; names are read when shown, so they are current and no copy of what residents
 * wrote is kept elsewhere.
 */
public interface SubjectNames {

	/** The kinds this module names, as the audit trail calls them ({@code idea}). */
	Set<String> subjectTypes();

	/**
	 * The names of the subjects of one kind that still exist, by number, in the reader's
	 * language where the name has languages. Numbers that are gone are left out. For
	 * staff only: the names of hidden and unpublished things are among them. Asked only
	 * for one of {@link #subjectTypes()}, with at least one number: the audit trail asks
	 * each kind's module once for all the numbers on a page.
	 */
	Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale);

}
