package nl.wijkstem.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The reader's language, given by the view that shows or exports the trail: the trail
 * turns its codes into these words, the same for the page and the CSV file.
 */
public interface AuditWords {

	Locale locale();

	/** The text for a translation key with its arguments, or empty when it has none. */
	Optional<String> text(String key, Object... arguments);

}
