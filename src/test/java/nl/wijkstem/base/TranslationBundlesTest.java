package nl.wijkstem.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.SourceFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationBundlesTest {

	private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void everyLanguage_hasEveryKey_withText() {
		Properties dutch = BundleWords.load("nl");
		for (Locale language : Languages.SUPPORTED) {
			Properties bundle = BundleWords.load(language.getLanguage());

			assertThat(bundle.stringPropertyNames()).as(language + " has the keys of nl")
				.containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
			assertThat(dutch.stringPropertyNames())
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank());
		}
	}

	@Test
	void everyKeyTheCodeAsksFor_exists() {
		Set<String> keys = BundleWords.load("nl").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path file : SourceFiles.javaFiles()) {
			Matcher call = TRANSLATION_CALL.matcher(SourceFiles.read(file));
			while (call.find()) {
				String key = call.group(1);
				// keys ending in a dot are completed at run time (e.g. "role." + role)
				boolean known = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
				if (!known) {
					missing.add(file.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void views_containNoLiteralUiText() {
		List<String> literals = new ArrayList<>();
		for (Path file : SourceFiles.javaFiles()) {
			if (!file.toString().contains("/ui/")) {
				continue;
			}
			for (String line : SourceFiles.read(file).lines().toList()) {
				String code = line.strip();
				if (code.startsWith("*") || code.startsWith("/") || code.startsWith("@") || code.startsWith("log.")
						|| code.contains("executeJs(") || code.contains("setAttribute(\"rel\"")) {
					continue;
				}
				Matcher literal = STRING_LITERAL.matcher(code);
				while (literal.find()) {
					String text = literal.group(1);
					// markup for a client-side template (its words come in as properties)
					// and the values of its attributes are not text for people
					if (text.startsWith("<") || (literal.start() > 0 && code.charAt(literal.start() - 1) == '=')) {
						continue;
					}
					// words for people contain letters and a space or a capital;
					// punctuation is not text
					if (text.matches("(?s).*\\p{L}.*")
							&& (text.matches("(?s).*\\s.*") || Character.isUpperCase(text.charAt(0)))) {
						literals.add(file.getFileName() + ": \"" + text + "\"");
					}
				}
			}
		}
		assertThat(literals).as("user-visible text must come from the translation bundles").isEmpty();
	}

	/**
	 * Bundles are merged line by line (a union merge of parallel branches): a key that
	 * comes twice would silently take the later text.
	 */
	@Test
	void everyKey_appearsOnce() throws IOException {
		for (Locale language : Languages.SUPPORTED) {
			String name = "/vaadin-i18n/translations_" + language.getLanguage() + ".properties";
			List<String> keys = new ArrayList<>();
			try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name)) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter(line -> line.contains("=") && !line.startsWith("#"))
					.map(line -> line.substring(0, line.indexOf('=')).trim())
					.forEach(keys::add);
			}
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			keys.forEach(key -> {
				if (!seen.add(key)) {
					twice.add(key);
				}
			});
			assertThat(twice).as("keys defined more than once in " + name).isEmpty();
		}
	}

}
