package nl.wijkstem.base;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Words in the reader's language for what a service writes outside a view, such as a
 * download: the view that offers it passes its own translations, so services never read
 * the bundles themselves.
 */
public interface Translator {

	Locale locale();

	String text(String key, Object... arguments);

	static Translator of(Locale locale, BiFunction<String, Object[], String> words) {
		return new Translator() {

			@Override
			public Locale locale() {
				return locale;
			}

			@Override
			public String text(String key, Object... arguments) {
				return words.apply(key, arguments);
			}

		};
	}

}
