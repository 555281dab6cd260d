package nl.wijkstem.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.PlaceKind;

/**
 * The words of a report in the reader's language, taken by the view that offers it while
 * it can translate (the download itself runs outside the UI).
 *
 * @param words the translation of every key the report asks for ({@link #keys()})
 * @param locale the language of goal and theme names and of numbers
 */
public record CsvLabels(Map<String, String> words, Locale locale) {

	public CsvLabels {
		words = Map.copyOf(words);
	}

	/** The words of the ideas report, translated now. */
	public static CsvLabels of(Function<String, String> translation, Locale locale) {
		return new CsvLabels(keys().collect(Collectors.toMap(Function.identity(), translation)), locale);
	}

	/** Every translation key the ideas report needs. */
	public static Stream<String> keys() {
		return Stream
			.of(IdeaCsvExport.COLUMNS.stream().map(column -> "board.export.column." + column),
					Arrays.stream(IdeaStatus.values()).map(status -> "idea.status." + status),
					Arrays.stream(PlaceKind.values()).map(kind -> "idea.place." + kind))
			.flatMap(keys -> keys);
	}

	String word(String key) {
		return words.getOrDefault(key, key);
	}

}
