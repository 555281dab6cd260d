package nl.wijkstem.idea.filing;

import nl.wijkstem.idea.FilingSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.wijkstem.idea.filing.FilingTextAnalysis.AnalysedText;

/**
 * The filing suggestion's knowledge, safe to use from many threads: suggestions read it
 * together, a filing changes it alone.
 * <p>
 * Retraining builds a new model beside the current one, which keeps answering; filings
 * that arrive meanwhile are applied to both (learning a filing is idempotent, so one the
 * new model already read from the database does no harm), then the new model takes over.
 */
public final class FilingClassifier {

	/** How many filings the confidence is fitted on at most (a few seconds' work). */
	static final int CALIBRATION_SAMPLE = 5_000;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Object retraining = new Object();

	/** Guarded by {@link #lock}. */
	private FilingModel model = new FilingModel(List.of(), List.of());

	/** Changes to replay on the model being built; null when none is. Guarded by lock. */
	private List<Consumer<FilingModel>> journal;

	/**
	 * Starts again from the seed keywords and the given filed ideas.
	 */
	public void retrain(Seeds seeds, Stream<Filing> filed) {
		synchronized (retraining) {
			write(() -> journal = new ArrayList<>());
			FilingModel fresh = new FilingModel(seeds.goalIds(), seeds.themeIds());
			try {
				seeds.goalKeywords().forEach(fresh::seedGoal);
				seeds.themeKeywords().forEach(fresh::seedTheme);
				filed
					.forEach(filing -> fresh.learn(filing.ideaId(), filing.text(), filing.goalId(), filing.themeIds()));
				fresh.calibrate(CALIBRATION_SAMPLE);
			}
			catch (RuntimeException failed) {
				write(() -> journal = null);
				throw failed;
			}
			write(() -> {
				journal.forEach(change -> change.accept(fresh));
				journal = null;
				model = fresh;
			});
		}
	}

	/** Learns a moderator's filing of an idea, replacing what it taught before. */
	public void learn(Filing filing) {
		change(target -> target.learn(filing.ideaId(), filing.text(), filing.goalId(), filing.themeIds()));
	}

	public void forget(Long ideaId) {
		change(target -> target.forget(ideaId));
	}

	public Optional<FilingSuggestion> suggest(AnalysedText text) {
		lock.readLock().lock();
		try {
			return model.suggest(text);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * The suggestion for an idea as if it were not filed: a model that learned from the
	 * idea itself would only echo its filing back, with a confidence it has not earned.
	 * The idea's lesson is taken out and put back under the write lock, so nobody sees
	 * the model without it.
	 */
	public Optional<FilingSuggestion> suggestWithout(Long ideaId, AnalysedText text) {
		lock.writeLock().lock();
		try {
			return model.suggestWithout(ideaId, text);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** How many filed ideas the model has learned from. */
	public int learnedIdeas() {
		lock.readLock().lock();
		try {
			return model.learnedIdeas();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private void change(Consumer<FilingModel> change) {
		write(() -> {
			change.accept(model);
			if (journal != null) {
				journal.add(change);
			}
		});
	}

	private void write(Runnable work) {
		lock.writeLock().lock();
		try {
			work.run();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** A filed idea: its analysed text and the goal and themes a moderator chose. */
	public record Filing(Long ideaId, AnalysedText text, Long goalId, Set<Long> themeIds) {

		public Filing {
			themeIds = Set.copyOf(themeIds);
		}

	}

	/**
	 * What the model starts from: the programme's goals and themes in their order, and
	 * their analysed keywords.
	 */
	public record Seeds(List<Long> goalIds, List<Long> themeIds, Map<Long, AnalysedText> goalKeywords,
			Map<Long, AnalysedText> themeKeywords) {

		public Seeds {
			goalIds = List.copyOf(goalIds);
			themeIds = List.copyOf(themeIds);
			goalKeywords = Map.copyOf(goalKeywords);
			themeKeywords = Map.copyOf(themeKeywords);
		}

	}

}
