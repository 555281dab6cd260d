package nl.wijkstem.idea;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * A guess of the language an idea is written in, so the programme bureau can find the
 * ideas a colleague who reads that language should look at. Residents write in Dutch,
 * English, Turkish, Arabic or Polish whatever the interface language they chose, so the
 * guess comes from the words themselves: Arabic script, letters only Turkish or Polish
 * use, and the small words (stop words) each language is full of. When the text gives no
 * clear answer the guess is {@link #UNKNOWN}; nothing ever depends on it but the
 * moderators' filter.
 */
final class TextLanguage {

	/** The languages guessed, as ISO 639-1 codes, in the order a moderator picks them. */
	static final List<String> KNOWN = List.of("nl", "en", "tr", "ar", "pl");

	/** BCP 47 for "undetermined". */
	static final String UNKNOWN = "und";

	private static final Map<String, CharArraySet> STOP_WORDS = stopWords();

	private static final String TURKISH_LETTERS = "ığş";

	private static final String POLISH_LETTERS = "łąęśźżćń";

	private static final int LETTER_WEIGHT = 2;

	private static final int LEAST_EVIDENCE = 2;

	private TextLanguage() {
	}

	static String guess(String text) {
		String lower = Objects.requireNonNullElse(text, "").toLowerCase(Locale.ROOT);
		long letters = lower.codePoints().filter(Character::isLetter).count();
		if (letters == 0) {
			return UNKNOWN;
		}
		long arabic = lower.codePoints()
			.filter(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.ARABIC)
			.count();
		if (arabic * 3 >= letters) {
			return "ar";
		}
		Map<String, Integer> scores = new LinkedHashMap<>();
		STOP_WORDS.keySet().forEach(language -> scores.put(language, 0));
		for (String word : lower.split("[^\\p{L}]+")) {
			if (!word.isEmpty()) {
				STOP_WORDS.forEach((language, words) -> {
					if (words.contains(word)) {
						scores.merge(language, 1, Integer::sum);
					}
				});
			}
		}
		scores.merge("tr", LETTER_WEIGHT * count(lower, TURKISH_LETTERS), Integer::sum);
		scores.merge("pl", LETTER_WEIGHT * count(lower, POLISH_LETTERS), Integer::sum);
		List<Map.Entry<String, Integer>> ranked = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.toList();
		Map.Entry<String, Integer> best = ranked.get(0);
		boolean clear = best.getValue() >= LEAST_EVIDENCE && best.getValue() > ranked.get(1).getValue();
		return clear ? best.getKey() : UNKNOWN;
	}

	private static int count(String text, String letters) {
		return (int) text.chars().filter(letter -> letters.indexOf(letter) >= 0).count();
	}

	private static Map<String, CharArraySet> stopWords() {
		Map<String, CharArraySet> sets = new LinkedHashMap<>();
		sets.put("nl", DutchAnalyzer.getDefaultStopSet());
		sets.put("en", snowball("english_stop.txt"));
		sets.put("tr", TurkishAnalyzer.getDefaultStopSet());
		// Lucene's Polish analysis is a separate library; these are Polish's most
		// frequent small words
		sets.put("pl",
				new CharArraySet(
						Set.of("i", "w", "z", "na", "się", "nie", "do", "to", "jest", "że", "jak", "ale", "po", "co",
								"tak", "za", "od", "przez", "dla", "są", "czy", "już", "przy", "może", "bardzo",
								"tylko", "też", "oraz", "jego", "który", "która", "które", "ten", "ta", "tego", "tej"),
						false));
		return Collections.unmodifiableMap(sets);
	}

	private static CharArraySet snowball(String file) {
		try (InputStream in = SnowballFilter.class.getResourceAsStream(file);
				Reader reader = new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8)) {
			return WordlistLoader.getSnowballWordSet(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
