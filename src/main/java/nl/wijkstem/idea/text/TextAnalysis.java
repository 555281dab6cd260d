package nl.wijkstem.idea.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How Wijkstem reads an idea's words, in Dutch and in English: the two analyses the
 * search index, the similar-idea hints and the filing suggestion share. Residents write
 * in either language, often both in one text, so every text goes through both, and each
 * removes the stop words of both languages ("de" and "the" say nothing about an idea),
 * and a few more that residents use in every kind of idea
 * ({@code search/stop-words-extra.txt}: "graag", "langs").
 * <p>
 * The Dutch analysis adds what Lucene's Snowball stemmer lacks: stems for irregular forms
 * and compound heads ({@code search/stems-nl.txt}: "kinderen" and "kind" both become
 * "kind", "parkeerplaatsen" and "parkeerplaats" both end in "plaats") and the parts of
 * compounds from a list of the area's common words ({@code search/compound-parts-nl.txt}:
 * "speeltuinhek" also says "speel", "tuin" and "hek"). Both analyses add, beside a word
 * of the bilingual public-space glossary ({@code search/glossary-nl-en.txt}), a token for
 * its meaning, so "prullenbak" and "litter bin" meet. Each step can be switched off to
 * measure what it brings ({@link Options}; docs/benchmarks.md).
 */
public final class TextAnalysis {

	/** Tokens for a glossary meaning start with this, which no tokenizer produces. */
	public static final String CONCEPT_PREFIX = "≈";

	private static final int MIN_COMPOUND = 7;

	private static final int MIN_PART = 4;

	private static final int MAX_PART = 15;

	/**
	 * Which steps run; {@link #SHIPPED} is what Wijkstem uses, {@link #SNOWBALL_ONLY}
	 * what it used before (each language removing only its own stop words).
	 */
	public record Options(boolean bothStopWords, boolean stems, boolean compounds, boolean glossary) {

		public static final Options SHIPPED = new Options(true, true, true, true);

		public static final Options SNOWBALL_ONLY = new Options(false, false, false, false);

	}

	private static final CharArraySet BOTH_STOP_WORDS = bothStopWords();

	private static final Map<String, String> STEMS = stems();

	private static final CharArraySet COMPOUND_PARTS = compoundParts();

	private final Options options;

	private final Analyzer dutch;

	private final Analyzer english;

	private final Map<String, String> dutchConcepts;

	private final Map<String, String> englishConcepts;

	public TextAnalysis(Options options) {
		this.options = options;
		this.dutch = dutchAnalyzer(options, Map.of());
		this.english = englishAnalyzer(options, Map.of());
		List<List<String>> glossary = options.glossary() ? glossary() : List.of();
		this.dutchConcepts = concepts(glossary, dutch);
		this.englishConcepts = concepts(glossary, english);
	}

	/** The Dutch analysis, with glossary meanings when the options say so. */
	public Analyzer dutch() {
		return dutchAnalyzer(options, dutchConcepts);
	}

	/** The English analysis, with glossary meanings when the options say so. */
	public Analyzer english() {
		return englishAnalyzer(options, englishConcepts);
	}

	/** Whether a term is a glossary meaning rather than a word of the text. */
	public static boolean isConcept(String term) {
		return term.startsWith(CONCEPT_PREFIX);
	}

	private static Analyzer dutchAnalyzer(Options options, Map<String, String> concepts) {
		return analyzer(concepts, source -> {
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ASCIIFoldingFilter(stream);
			stream = new StopFilter(stream, options.bothStopWords() ? BOTH_STOP_WORDS
					: org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
			if (options.compounds()) {
				stream = new DictionaryCompoundWordTokenFilter(stream, COMPOUND_PARTS, MIN_COMPOUND, MIN_PART, MAX_PART,
						true, false);
			}
			if (options.stems()) {
				stream = new StemOverrideFilter(stream, STEMS);
			}
			stream = new SnowballFilter(stream, new DutchStemmer());
			return new UndoubleFilter(stream);
		}, in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)));
	}

	private static Analyzer englishAnalyzer(Options options, Map<String, String> concepts) {
		return analyzer(concepts, source -> {
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream,
					options.bothStopWords() ? BOTH_STOP_WORDS : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			return new PorterStemFilter(stream);
		}, LowerCaseFilter::new);
	}

	/**
	 * Standard tokens through the language's filters, then (when the glossary has any)
	 * the glossary's meanings; the normalizer is how a query's single terms are read.
	 */
	private static Analyzer analyzer(Map<String, String> concepts, Function<Tokenizer, TokenStream> filters,
			UnaryOperator<TokenStream> normalizer) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = filters.apply(source);
				if (!concepts.isEmpty()) {
					stream = new ConceptFilter(stream, concepts);
				}
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return normalizer.apply(in);
			}
		};
	}

	/**
	 * Each glossary term as this analysis reads it (two words joined by a space), to the
	 * token of its meaning: the line's first term.
	 */
	private static Map<String, String> concepts(List<List<String>> glossary, Analyzer analyzer) {
		Map<String, String> concepts = new HashMap<>();
		for (List<String> line : glossary) {
			String concept = CONCEPT_PREFIX + line.get(0).replace(' ', '_');
			for (String term : line) {
				List<String> words = wordTerms(analyzer, term);
				if (!words.isEmpty() && words.size() <= 2) {
					concepts.putIfAbsent(String.join(" ", words), concept);
				}
			}
		}
		return Map.copyOf(concepts);
	}

	/**
	 * A term of an analysis and the word of the text it came from.
	 *
	 * @param start where that word starts in the text
	 * @param end where it ends
	 * @param word whether it is the word's own term, not something the word adds at its
	 * place (a compound part, a glossary meaning)
	 */
	public record Token(String term, int start, int end, boolean word) {
	}

	/** The tokens an analysis makes of a text, in order. */
	public static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> found = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				found.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
						position.getPositionIncrement() > 0));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/** The terms an analysis makes of a text, in order. */
	public static List<String> terms(Analyzer analyzer, String text) {
		return tokens(analyzer, text).stream().map(Token::term).toList();
	}

	/**
	 * The terms of the words themselves, without what a word adds at its own place (its
	 * compound parts): "lantaarnpaal" is one word of the glossary, not three.
	 */
	private static List<String> wordTerms(Analyzer analyzer, String text) {
		return tokens(analyzer, text).stream().filter(Token::word).map(Token::term).toList();
	}

	private static CharArraySet bothStopWords() {
		CharArraySet both = new CharArraySet(org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet(), false);
		both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		both.addAll(lines("search/stop-words-extra.txt"));
		return CharArraySet.unmodifiableSet(both);
	}

	private static Map<String, String> stems() {
		Map<String, String> stems = new LinkedHashMap<>();
		for (String line : lines("search/stems-nl.txt")) {
			String[] parts = line.split("\\s+");
			String stem = parts[0];
			for (String form : parts) {
				stems.put(form, stem);
			}
		}
		return Map.copyOf(stems);
	}

	private static CharArraySet compoundParts() {
		return CharArraySet.unmodifiableSet(new CharArraySet(lines("search/compound-parts-nl.txt"), false));
	}

	private static List<List<String>> glossary() {
		return lines("search/glossary-nl-en.txt").stream()
			.map(line -> List.of(line.split("\\s*,\\s*")))
			.filter(line -> line.size() > 1)
			.toList();
	}

	/** The lines of a data file, without comments (#) and blank lines, in lower case. */
	public static List<String> lines(String resource) {
		try (InputStream in = TextAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(line -> line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
				.filter(line -> !line.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
