package nl.wijkstem.idea.filing;

import nl.wijkstem.idea.text.TextAnalysis;
import java.io.Closeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Turns an idea's text into the weighted terms the filing classifier counts, with the
 * same Dutch and English analysis as the search (the search index): residents write in
 * either language, so every word is analysed both ways, each analysis counting half.
 * Title words count double, as in the search, since a title names the idea.
 * <p>
 * Each term remembers the word it came from ("speeltuinen" for {@code nl:speeltuin}), so
 * an explanation shows words the moderator can find in the text, not stems. Thread-safe:
 * Lucene's analysers keep their state per thread.
 */
public final class FilingTextAnalysis implements Closeable {

	static final float TITLE_WEIGHT = 2f;

	/** Each word is seen by two analysers; together they count once. */
	private static final float PER_ANALYSIS = 0.5f;

	private static final CharArraySet DUTCH_STOP_WORDS = org.apache.lucene.analysis.nl.DutchAnalyzer
		.getDefaultStopSet();

	private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	/**
	 * Words that must not decide a filing: filler words every kind of idea uses, and the
	 * names of the area's streets and places (they tell where, not what). Search and the
	 * hints keep them: there a street name is a good reason to show an idea.
	 */
	private static final Set<String> IGNORED = ignored();

	private final Analyzer dutch;

	private final Analyzer english;

	public FilingTextAnalysis() {
		TextAnalysis analysis = new TextAnalysis(TextAnalysis.Options.SHIPPED);
		this.dutch = analysis.dutch();
		this.english = analysis.english();
	}

	/** The terms of an idea's title and description. */
	public AnalysedText idea(String title, String description) {
		Builder text = new Builder();
		add(text, title, TITLE_WEIGHT);
		add(text, description, 1f);
		return text.build();
	}

	/** Configured keywords, each counting as one word of a description. */
	public AnalysedText keywords(List<String> keywords) {
		Builder text = new Builder();
		keywords.forEach(keyword -> add(text, keyword, 1f));
		return text.build();
	}

	private void add(Builder text, String words, float weight) {
		if (words == null || words.isBlank()) {
			return;
		}
		add(text, dutch, "nl:", ENGLISH_STOP_WORDS, words, weight * PER_ANALYSIS);
		add(text, english, "en:", DUTCH_STOP_WORDS, words, weight * PER_ANALYSIS);
	}

	/**
	 * Each analyser drops its own language's stop words; the other language's are dropped
	 * here, so "de" or "the" never decide a filing.
	 */
	private static void add(Builder text, Analyzer analyzer, String prefix, CharArraySet otherStopWords, String words,
			float weight) {
		for (TextAnalysis.Token token : TextAnalysis.tokens(analyzer, words)) {
			String word = words.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
			if (token.term().length() < 2 || otherStopWords.contains(word) || IGNORED.contains(word)
					|| word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			text.add(prefix + token.term(), word, weight);
		}
	}

	private static Set<String> ignored() {
		Set<String> ignored = new HashSet<>(TextAnalysis.lines("search/filing-ignored-words.txt"));
		Set<String> generic = new HashSet<>(TextAnalysis.lines("search/compound-parts-nl.txt"));
		for (String place : TextAnalysis.lines("search/places-westwijk.txt")) {
			for (String word : place.split("[\\s-]+")) {
				if (word.length() > 2 && !generic.contains(word)) {
					ignored.add(word);
				}
			}
		}
		return Set.copyOf(ignored);
	}

	@Override
	public void close() {
		IOUtils.closeWhileHandlingException(dutch, english);
	}

	/**
	 * Analysed text: how much each term weighs, and the first word each term came from.
	 */
	public record AnalysedText(Map<String, Float> weights, Map<String, String> words) {

		public AnalysedText {
			weights = Map.copyOf(weights);
			words = Map.copyOf(words);
		}

		boolean isEmpty() {
			return weights.isEmpty();
		}

	}

	private static final class Builder {

		private final Map<String, Float> weights = new LinkedHashMap<>();

		private final Map<String, String> words = new LinkedHashMap<>();

		void add(String term, String word, float weight) {
			weights.merge(term, weight, Float::sum);
			words.putIfAbsent(term, word);
		}

		public AnalysedText build() {
			return new AnalysedText(weights, words);
		}

	}

}
