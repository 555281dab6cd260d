package nl.wijkstem.audit.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import nl.wijkstem.audit.AuditWords;

/**
 * The translation bundles as the audit trail's words, in one language. Works outside the
 * UI too (the CSV download runs in a request of its own), as long as Vaadin serves the
 * request.
 */
record AuditLabels(Locale locale) implements AuditWords {

	@Override
	public Optional<String> text(String key, Object... arguments) {
		String text = I18NProvider.translate(locale, key, arguments);
		// a missing key comes back with the key in it
		return text == null || text.contains(key) ? Optional.empty() : Optional.of(text);
	}

}
