package nl.wijkstem.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Translator;
import nl.wijkstem.audit.AuditWords;

/**
 * The translation bundles as the audit trail's words, for service tests that run without
 * Vaadin; formats arguments as Vaadin's translation provider does.
 */
public record BundleWords(Locale locale, Properties bundle) implements AuditWords {

	public static final BundleWords DUTCH = of(Languages.DUTCH);

	public static final BundleWords ENGLISH = of(Languages.ENGLISH);

	public static BundleWords of(Locale locale) {
		return new BundleWords(locale, load(locale.getLanguage()));
	}

	public static Properties load(String language) {
		Properties bundle = new Properties();
		String name = "/vaadin-i18n/translations_" + language + ".properties";
		try (InputStream in = BundleWords.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("No translation bundle " + name);
			}
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle;
	}

	@Override
	public Optional<String> text(String key, Object... arguments) {
		String text = bundle.getProperty(key);
		if (text == null) {
			return Optional.empty();
		}
		return Optional.of(arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments));
	}

	/**
	 * The same words as a download's translator; a missing key shows as Vaadin shows it.
	 */
	public Translator translator() {
		return Translator.of(locale, (key, arguments) -> text(key, arguments).orElse("!{" + key + "}!"));
	}

}
