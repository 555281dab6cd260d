package nl.wijkstem.idea;

import nl.wijkstem.idea.filing.FilingTextAnalysis;
import nl.wijkstem.idea.filing.FilingClassifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.filing.FilingTextAnalysis.AnalysedText;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.SeedKeywords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the filing classifier in step with the moderators: trained at start-up from the
 * seed keywords and every filed idea (one streamed query), then taught each new filing
 * once its transaction has committed.
 * <p>
 * The training runs after the application reports ready, on a thread of its own
 * ({@code wijkstem.ideas.prepare-in-background}): it loads the text analysis and reads
 * every filing, which need not hold up residents. Until it is done {@link #ready()} says
 * so and the moderator reads that suggestions are being prepared. A filing that arrives
 * meanwhile is learned by the model being built as well ({@link FilingClassifier}).
 */
@Component
class FilingLearning implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FilingLearning.class);

	private final FilingRepository filings;

	private final ProgrammeService programme;

	private final TransactionTemplate transaction;

	private final FilingTextAnalysis analysis = new FilingTextAnalysis();

	private final FilingClassifier classifier = new FilingClassifier();

	private final boolean inBackground;

	/** Runs the training started at start-up. */
	private final Executor background;

	private volatile boolean ready;

	@Autowired
	FilingLearning(FilingRepository filings, ProgrammeService programme, TransactionTemplate transaction,
			IdeaProperties properties) {
		this(filings, programme, transaction, properties.prepareInBackground(),
				work -> Thread.ofVirtual().name("filing-training").start(work));
	}

	FilingLearning(FilingRepository filings, ProgrammeService programme, TransactionTemplate transaction,
			boolean inBackground, Executor background) {
		this.filings = filings;
		this.programme = programme;
		this.transaction = transaction;
		this.inBackground = inBackground;
		this.background = background;
	}

	@EventListener(ApplicationReadyEvent.class)
	void learnAtStart() {
		if (!inBackground) {
			retrain();
			return;
		}
		// meanwhile the suggestion is "being prepared"; filing works without it
		background.execute(AfterStart.retrying("the filing suggestion's training", this::retrain));
	}

	/**
	 * Whether the classifier has learned from the filings at least once; before that it
	 * knows nothing and a suggestion would only mislead.
	 */
	boolean ready() {
		return ready;
	}

	void retrain() {
		long start = System.nanoTime();
		FilingClassifier.Seeds seeds = seeds();
		transaction.executeWithoutResult(status -> {
			try (Stream<FiledIdeaRow> rows = filings.streamFiled()) {
				classifier.retrain(seeds, byIdea(rows));
			}
		});
		ready = true;
		log.info("Filing suggestion learned from {} filed ideas in {} ms", classifier.learnedIdeas(),
				(System.nanoTime() - start) / 1_000_000);
	}

	@ApplicationModuleListener
	void on(IdeaFiled filed) {
		if (filed.goalId() == null) {
			classifier.forget(filed.ideaId());
			return;
		}
		filings.findText(filed.ideaId())
			.ifPresent(text -> classifier.learn(new FilingClassifier.Filing(filed.ideaId(),
					analysis.idea(text.title(), text.description()), filed.goalId(), filed.themeIds())));
	}

	/**
	 * A moderator changed the words of a filed idea: learn from the new words instead of
	 * the old ones (which may have held personal data).
	 */
	@ApplicationModuleListener
	void on(IdeaRevised revised) {
		byIdea(filings.findFiled(revised.ideaId()).stream()).forEach(classifier::learn);
	}

	Optional<FilingSuggestion> suggest(IdeaText idea) {
		return classifier.suggestWithout(idea.id(), analysis.idea(idea.title(), idea.description()));
	}

	int learnedIdeas() {
		return classifier.learnedIdeas();
	}

	private FilingClassifier.Seeds seeds() {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		SeedKeywords keywords = programme.seedKeywords();
		return new FilingClassifier.Seeds(overview.goals().stream().map(ProgrammeOverview.Category::id).toList(),
				overview.themes().stream().map(ProgrammeOverview.Category::id).toList(), analysed(keywords.goals()),
				analysed(keywords.themes()));
	}

	private Map<Long, AnalysedText> analysed(Map<Long, List<String>> keywords) {
		Map<Long, AnalysedText> analysed = new HashMap<>();
		keywords.forEach((id, words) -> analysed.put(id, analysis.keywords(words)));
		return analysed;
	}

	/** The rows of one idea (one per theme) become one filing, analysed as it streams. */
	private Stream<FilingClassifier.Filing> byIdea(Stream<FiledIdeaRow> rows) {
		Iterator<FiledIdeaRow> source = rows.iterator();
		Iterator<FilingClassifier.Filing> grouped = new Iterator<>() {

			private FiledIdeaRow pending = source.hasNext() ? source.next() : null;

			@Override
			public boolean hasNext() {
				return pending != null;
			}

			@Override
			public FilingClassifier.Filing next() {
				if (pending == null) {
					throw new NoSuchElementException();
				}
				FiledIdeaRow first = pending;
				Set<Long> themes = new HashSet<>();
				while (pending != null && pending.ideaId().equals(first.ideaId())) {
					if (pending.themeId() != null) {
						themes.add(pending.themeId());
					}
					pending = source.hasNext() ? source.next() : null;
				}
				return new FilingClassifier.Filing(first.ideaId(), analysis.idea(first.title(), first.description()),
						first.goalId(), themes);
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(grouped, Spliterator.ORDERED), false);
	}

	@Override
	public void destroy() {
		analysis.close();
	}

}
