package nl.wijkstem.idea;

import nl.wijkstem.idea.text.DutchAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
import org.springframework.stereotype.Component;

/**
 * Full-text search over published ideas with Apache Lucene. Every text is indexed twice,
 * with Dutch and with English analysis, so "speeltuinen" finds "speeltuin" and
 * "playgrounds" finds "playground", whatever language the resident wrote in.
 */
@Component
class IdeaSearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IdeaSearchIndex.class);

	private static final String ID = "id";

	private static final String TITLE_NL = "title_nl";

	private static final String TITLE_EN = "title_en";

	private static final String TEXT_NL = "text_nl";

	private static final String TEXT_EN = "text_en";

	/** More query terms than this add little and only cost time. */
	private static final int MAX_QUERY_TERMS = 40;

	private final Analyzer dutch = new DutchAnalyzer();

	private final Analyzer english = new EnglishAnalyzer();

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	IdeaSearchIndex(IdeaProperties properties) {
		try {
			Path path = Files.createDirectories(properties.searchIndex());
			directory = FSDirectory.open(path);
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
			throw new UncheckedIOException("Cannot open the search index at " + properties.searchIndex(), ex);
		}
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
		Query query = query(text);
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

	private Query query(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = addTerms(query, dutch, text, TITLE_NL, TEXT_NL)
				+ addTerms(query, english, text, TITLE_EN, TEXT_EN);
		return clauses == 0 ? null : query.build();
	}

	private static int addTerms(BooleanQuery.Builder query, Analyzer analyzer, String text, String titleField,
			String textField) {
		Set<String> terms = terms(analyzer, text);
		for (String term : terms) {
			query.add(new BoostQuery(new TermQuery(new Term(titleField, term)), 2f), BooleanClause.Occur.SHOULD);
			query.add(new TermQuery(new Term(textField, term)), BooleanClause.Occur.SHOULD);
		}
		return terms.size();
	}

	private static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static Document document(IdeaText idea) {
		Document document = new Document();
		document.add(new StringField(ID, idea.id().toString(), Field.Store.YES));
		document.add(new TextField(TITLE_NL, idea.title(), Field.Store.NO));
		document.add(new TextField(TITLE_EN, idea.title(), Field.Store.NO));
		document.add(new TextField(TEXT_NL, idea.description(), Field.Store.NO));
		document.add(new TextField(TEXT_EN, idea.description(), Field.Store.NO));
		return document;
	}

	@Override
	public void destroy() {
		IOUtils.closeWhileHandlingException(searchers, writer, directory, dutch, english);
	}

}
