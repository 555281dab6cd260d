package nl.wijkstem.idea;

import nl.wijkstem.idea.text.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Full-text search over published ideas with Apache Lucene. Every text is indexed twice,
 * with Dutch and with English analysis ({@link TextAnalysis}), so "speeltuinen" finds
 * "speeltuin", "playgrounds" finds "playground" and "litter bin" finds "prullenbak",
 * whatever language the resident wrote in.
 * <p>
 * The same index answers "which published ideas say the same?" ({@link #similar}): the
 * best candidates by the search's own ranking, each scored by how much of both texts'
 * rarer words they share, from 0 (nothing) to 1 (the same words). Unlike a search score,
 * that figure means the same for a short text and a long one, so one minimum can keep the
 * hints silent when nothing is really similar.
 */
@Component
class IdeaSearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IdeaSearchIndex.class);

	private static final String ID = "id";

	private static final String TITLE_NL = "title_nl";

	private static final String TITLE_EN = "title_en";

	private static final String TEXT_NL = "text_nl";

	private static final String TEXT_EN = "text_en";

	/**
	 * The idea's analysed terms, each with the word it came from, kept with the document
	 * so a similarity score needs no second analysis (lines of term, tab, word).
	 */
	private static final String STORED_WORDS = "stored_words";

	private static final List<String> FIELDS = List.of(TITLE_NL, TITLE_EN, TEXT_NL, TEXT_EN);

	/** How many of the search's best candidates the similarity score looks at. */
	private static final int SIMILAR_CANDIDATES = 20;

	/** At most this many shared words explain a hint. */
	private static final int REASONS = 3;

	/** More words than this add little to a query and only cost time. */
	private static final int MAX_QUERY_WORDS = 40;

	/**
	 * How much the other forms of a word that match count beside the best one (a word in
	 * title and text, or both languages' forms).
	 */
	private static final float OTHER_FORMS_COUNT = 0.3f;

	/**
	 * What each word of a search that an idea has adds, however common the word: an idea
	 * with "lantaarnpalen" and "Krabbeplas" comes before one with only a rare one of the
	 * two. Not for the similar-idea hints, which rank by their own score: it made finding
	 * their candidates twice as slow.
	 */
	private static final float WORD_FOUND = 4f;

	private final Analyzer dutch;

	private final Analyzer english;

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Whether the directory held an index (of an earlier run) when this one opened it.
	 */
	private final boolean foundAtStart;

	@Autowired
	IdeaSearchIndex(IdeaProperties properties) {
		this(properties.searchIndex(), new TextAnalysis(TextAnalysis.Options.SHIPPED));
	}

	/**
	 * An index in that directory, with that analysis (the benchmark compares several).
	 */
	IdeaSearchIndex(Path directoryPath, TextAnalysis analysis) {
		this.dutch = analysis.dutch();
		this.english = analysis.english();
		try {
			Path path = Files.createDirectories(directoryPath);
			directory = FSDirectory.open(path);
			foundAtStart = DirectoryReader.indexExists(directory);
			Analyzer perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
					Map.of(TITLE_NL, dutch, TEXT_NL, dutch, TITLE_EN, english, TEXT_EN, english));
			// a removal of personal data rewrites every segment that still holds a
			// replaced
			// document, however few it holds (the default leaves up to 10 %)
			TieredMergePolicy merges = new TieredMergePolicy();
			merges.setForceMergeDeletesPctAllowed(0);
			IndexWriterConfig config = new IndexWriterConfig(perField)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setMergePolicy(merges);
			writer = new IndexWriter(directory, config);
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index at " + directoryPath, ex);
		}
	}

	boolean foundAtStart() {
		return foundAtStart;
	}

	/** Adds or replaces an idea; visible to searches at once. */
	synchronized void index(IdeaText idea) {
		try {
			writer.updateDocument(new Term(ID, idea.id().toString()), document(idea));
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces the whole index in one commit: until it is complete, searches are answered
	 * from the index as it was (also the one left by the previous run).
	 */
	synchronized void indexAll(Iterable<IdeaText> ideas) {
		try {
			writer.deleteAll();
			int count = 0;
			for (IdeaText idea : ideas) {
				writer.updateDocument(new Term(ID, idea.id().toString()), document(idea));
				count++;
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
			log.info("Search index holds {} published ideas", count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void remove(Long id) {
		try {
			writer.deleteDocuments(new Term(ID, id.toString()));
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rewrites the index files without the documents that were replaced or removed, so
	 * their words are gone from the disk too, not only from the results.
	 */
	synchronized void purgeReplaced() {
		try {
			writer.forceMergeDeletes(true);
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ids of the best matching ideas, best first. */
	List<Long> search(String text, int limit) {
		Query query = query(text, WORD_FOUND);
		if (query == null) {
			return List.of();
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<Long> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
					ids.add(Long.valueOf(searcher.storedFields().document(hit.doc).get(ID)));
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Published ideas that say what this text says, most similar first: each with its
	 * score (0 to 1) and the words it shares with the text, as the idea writes them.
	 * @param minimum the lowest score that counts as similar
	 */
	List<Match> similar(String text, int limit, double minimum) {
		Query query = query(text, 0);
		if (query == null) {
			return List.of();
		}
		Map<String, String> mine = words(text);
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				Weights weights = new Weights(searcher);
				List<Match> matches = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query, SIMILAR_CANDIDATES).scoreDocs) {
					Document document = searcher.storedFields().document(hit.doc);
					Map<String, String> theirs = storedWords(document);
					double score = weights.overlap(mine.keySet(), theirs.keySet());
					if (score >= minimum) {
						matches.add(new Match(Long.valueOf(document.get(ID)), score,
								weights.reasons(mine.keySet(), theirs, REASONS)));
					}
				}
				matches.sort(Comparator.comparingDouble(Match::score).reversed());
				return matches.stream().limit(limit).toList();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * For each of the given ideas, the words of this search it uses (or means), most
	 * telling first, as the idea writes them: why it was found.
	 */
	Map<Long, List<String>> matchedWords(String text, Collection<Long> ids) {
		if (text == null || text.isBlank() || ids.isEmpty()) {
			return Map.of();
		}
		Map<String, String> mine = words(text);
		BooleanQuery.Builder byId = new BooleanQuery.Builder();
		ids.forEach(id -> byId.add(new TermQuery(new Term(ID, id.toString())), BooleanClause.Occur.SHOULD));
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				Weights weights = new Weights(searcher);
				Map<Long, List<String>> matched = new HashMap<>();
				for (ScoreDoc hit : searcher.search(byId.build(), ids.size()).scoreDocs) {
					Document document = searcher.storedFields().document(hit.doc);
					matched.put(Long.valueOf(document.get(ID)),
							weights.reasons(mine.keySet(), storedWords(document), REASONS));
				}
				return matched;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> storedWords(Document document) {
		Map<String, String> words = new LinkedHashMap<>();
		String stored = Objects.toString(document.get(STORED_WORDS), "");
		stored.lines().forEach(line -> {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				words.put(line.substring(0, tab), line.substring(tab + 1));
			}
		});
		return words;
	}

	/** A similar idea: its score from 0 to 1, and the words both texts use. */
	record Match(Long id, double score, List<String> sharedWords) {
	}

	/**
	 * Each term of both analyses, to the word of the text it came from. A word of the
	 * glossary counts by its meaning only, so "prullenbak" and "litter bin" are the same
	 * term here and not two different words beside a shared meaning.
	 */
	private Map<String, String> words(String text) {
		Map<String, String> words = new LinkedHashMap<>();
		Map<String, Integer> starts = new HashMap<>();
		Set<Integer> meant = new HashSet<>();
		for (Analyzer analyzer : List.of(dutch, english)) {
			for (TextAnalysis.Token token : TextAnalysis.tokens(analyzer, text)) {
				words.putIfAbsent(token.term(), text.substring(token.start(), token.end()));
				starts.putIfAbsent(token.term(), token.start());
				if (TextAnalysis.isConcept(token.term())) {
					meant.add(token.start());
				}
			}
		}
		words.keySet().removeIf(found -> !TextAnalysis.isConcept(found) && meant.contains(starts.get(found)));
		return words;
	}

	/**
	 * How much a term says: rare terms much, terms in many ideas little (inverse document
	 * frequency over the published ideas).
	 */
	private static final class Weights {

		private final IndexSearcher searcher;

		private final int ideas;

		private final Map<String, Double> known = new HashMap<>();

		Weights(IndexSearcher searcher) {
			this.searcher = searcher;
			this.ideas = searcher.getIndexReader().numDocs();
		}

		double of(String term) {
			return known.computeIfAbsent(term, this::compute);
		}

		private double compute(String term) {
			int frequency = 0;
			try {
				for (String field : FIELDS) {
					frequency = Math.max(frequency, searcher.getIndexReader().docFreq(new Term(field, term)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Math.log(1 + (ideas + 1.0) / (frequency + 1.0));
		}

		/**
		 * The weighted cosine of two sets of terms: 0 when none is shared, 1 when equal.
		 */
		double overlap(Set<String> mine, Set<String> theirs) {
			double shared = 0;
			double left = 0;
			double right = 0;
			for (String term : mine) {
				double weight = of(term);
				left += weight;
				if (theirs.contains(term)) {
					shared += weight;
				}
			}
			for (String term : theirs) {
				right += of(term);
			}
			return left == 0 || right == 0 ? 0 : shared / Math.sqrt(left * right);
		}

		/** The shared words that say most, as the other text writes them. */
		List<String> reasons(Set<String> mine, Map<String, String> theirs, int most) {
			Map<String, String> words = new LinkedHashMap<>();
			theirs.keySet()
				.stream()
				.filter(mine::contains)
				.sorted(Comparator.comparingDouble(this::of).reversed())
				.forEach(term -> words.putIfAbsent(theirs.get(term).toLowerCase(Locale.ROOT), theirs.get(term)));
			return words.values().stream().limit(most).toList();
		}

	}

	/**
	 * One clause a word of the text: the best of what the word means in either language
	 * (the word, its compound parts, its glossary meaning, in title or text) counts, with
	 * a little for the rest. Each term a clause of its own would let one compound word of
	 * the glossary outweigh an idea that has every word searched for.
	 * @param wordFound what each word an idea has adds, however common the word (0 for
	 * none)
	 */
	private Query query(String text, float wordFound) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Map<Integer, List<Query>> byWord = new LinkedHashMap<>();
		addTerms(byWord, dutch, text, TITLE_NL, TEXT_NL);
		addTerms(byWord, english, text, TITLE_EN, TEXT_EN);
		if (byWord.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		byWord.values().stream().limit(MAX_QUERY_WORDS).forEach(alternatives -> {
			Query word = new DisjunctionMaxQuery(alternatives, OTHER_FORMS_COUNT);
			query.add(word, BooleanClause.Occur.SHOULD);
			if (wordFound > 0) {
				query.add(new BoostQuery(new ConstantScoreQuery(word), wordFound), BooleanClause.Occur.SHOULD);
			}
		});
		return query.build();
	}

	/** Each term of the text, by the word it came from (where that word starts). */
	private static void addTerms(Map<Integer, List<Query>> byWord, Analyzer analyzer, String text, String titleField,
			String textField) {
		Set<String> seen = new HashSet<>();
		for (TextAnalysis.Token token : TextAnalysis.tokens(analyzer, text)) {
			if (seen.add(token.term())) {
				List<Query> alternatives = byWord.computeIfAbsent(token.start(), start -> new ArrayList<>());
				alternatives.add(new BoostQuery(new TermQuery(new Term(titleField, token.term())), 2f));
				alternatives.add(new TermQuery(new Term(textField, token.term())));
			}
		}
	}

	private Document document(IdeaText idea) {
		Document document = new Document();
		document.add(new StringField(ID, idea.id().toString(), Field.Store.YES));
		document.add(new TextField(TITLE_NL, idea.title(), Field.Store.NO));
		document.add(new TextField(TITLE_EN, idea.title(), Field.Store.NO));
		document.add(new TextField(TEXT_NL, idea.description(), Field.Store.NO));
		document.add(new TextField(TEXT_EN, idea.description(), Field.Store.NO));
		StringBuilder words = new StringBuilder();
		words(idea.title() + "\n" + idea.description())
			.forEach((term, word) -> words.append(term).append('\t').append(word.replace('\n', ' ')).append('\n'));
		document.add(new StoredField(STORED_WORDS, words.toString()));
		return document;
	}

	@Override
	public void destroy() {
		IOUtils.closeWhileHandlingException(searchers, writer, directory, dutch, english);
	}

}
