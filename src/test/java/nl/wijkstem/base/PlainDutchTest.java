package nl.wijkstem.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.SourceFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Government Dutch for residents (B1): Wijkstem says "je", never "u" or "uw", and writes
 * out "burgerservicenummer (BSN)" before it ever says "BSN" alone. The texts are the
 * bundles, the Dutch of the programme file and the words the code writes itself (the
 * residents' letter).
 */
class PlainDutchTest {

	/**
	 * "u", "U", "uw" or "Uw" as a word of its own: not "uur", "uit", "U-bocht" or "’u".
	 */
	private static final Pattern FORMAL_ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}’'-])[Uu]w?(?![\\p{L}\\p{N}’'-])");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Map<String, String> BSN_WRITTEN_OUT = Map.of("nl", "burgerservicenummer (BSN)", "en",
			"citizen service number (BSN)");

	@Test
	void dutchTexts_sayJe_neverU() throws IOException {
		Set<String> formal = new TreeSet<>();
		Properties dutch = BundleWords.load("nl");
		dutch.stringPropertyNames().forEach(key -> {
			if (FORMAL_ADDRESS.matcher(dutch.getProperty(key)).find()) {
				formal.add(key + ": " + dutch.getProperty(key));
			}
		});
		programmeFileDutch().stream()
			.filter(text -> FORMAL_ADDRESS.matcher(text).find())
			.forEach(text -> formal.add("programme file: " + text));
		assertThat(formal).as("write \"je\" and \"jouw\" for residents").isEmpty();
	}

	@Test
	void theAddressCheck_findsUAndUw_butNotWordsThatStartWithU() {
		assertThat(List.of("Wilt u ons bellen?", "Uw idee is binnen.", "U kunt stemmen.", "Dank voor uw steun"))
			.allMatch(text -> FORMAL_ADDRESS.matcher(text).find());
		assertThat(List.of("Open tot 12.00 uur", "Kies uit de lijst", "Een U-bocht", "Uitslag", "Stem nu", "Hoe zit ’t",
				"Jouw uwe")) // "uwe" is not "uw"
			.noneMatch(text -> FORMAL_ADDRESS.matcher(text).find());
	}

	@Test
	void bsn_isWrittenOut_beforeItIsAbbreviated() throws IOException {
		Set<String> bare = new TreeSet<>();
		for (String language : BSN_WRITTEN_OUT.keySet()) {
			Properties bundle = BundleWords.load(language);
			bundle.stringPropertyNames().forEach(key -> {
				if (!writtenOutFirst(bundle.getProperty(key), List.of(BSN_WRITTEN_OUT.get(language)))) {
					bare.add(language + " " + key + ": " + bundle.getProperty(key));
				}
			});
		}
		programmeFileDutch().stream()
			.filter(text -> !writtenOutFirst(text, List.of(BSN_WRITTEN_OUT.get("nl"))))
			.forEach(text -> bare.add("programme file: " + text));
		for (Path file : SourceFiles.javaFiles()) {
			for (String line : SourceFiles.read(file).lines().toList()) {
				String code = line.strip();
				if (code.startsWith("*") || code.startsWith("/")) {
					continue;
				}
				Matcher literal = STRING_LITERAL.matcher(code);
				while (literal.find()) {
					if (!writtenOutFirst(literal.group(1), BSN_WRITTEN_OUT.values())) {
						bare.add(file.getFileName() + ": \"" + literal.group(1) + "\"");
					}
				}
			}
		}
		assertThat(bare).as("write \"burgerservicenummer (BSN)\" (\"citizen service number (BSN)\") first").isEmpty();
	}

	@Test
	void theBsnCheck_acceptsTheAbbreviationOnlyAfterItWasWrittenOut() {
		List<String> dutch = List.of(BSN_WRITTEN_OUT.get("nl"));
		assertThat(writtenOutFirst("We vragen nooit om je burgerservicenummer (BSN).", dutch)).isTrue();
		assertThat(writtenOutFirst("Je burgerservicenummer (BSN) bewaren we niet. Je BSN is van jou.", dutch)).isTrue();
		assertThat(writtenOutFirst("Je hoeft geen BSN te geven.", dutch)).isFalse();
		assertThat(writtenOutFirst("Je BSN, je burgerservicenummer (BSN).", dutch)).isFalse();
		assertThat(writtenOutFirst("Geen nummer nodig.", dutch)).isTrue();
	}

	/** Whether the text's first "BSN" is the abbreviation after its written-out form. */
	private static boolean writtenOutFirst(String text, Iterable<String> writtenOut) {
		int first = text.indexOf("BSN");
		if (first < 0) {
			return true;
		}
		for (String form : writtenOut) {
			int at = text.indexOf(form);
			if (at >= 0 && at + form.length() - "BSN)".length() == first) {
				return true;
			}
		}
		return false;
	}

	/** Every Dutch text ({@code nl:}) of the Westwijk programme file. */
	private static List<String> programmeFileDutch() throws IOException {
		List<String> texts = new ArrayList<>();
		try (InputStream in = PlainDutchTest.class.getResourceAsStream("/programme/westwijk.yml")) {
			collectDutch(new Yaml().load(in), texts);
		}
		assertThat(texts).as("Dutch texts in the programme file").isNotEmpty();
		return texts;
	}

	private static void collectDutch(Object node, List<String> texts) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if ("nl".equals(key) && value instanceof String text) {
					texts.add(text);
				}
				else {
					collectDutch(value, texts);
				}
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach(item -> collectDutch(item, texts));
		}
	}

}
