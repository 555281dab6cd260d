package nl.wijkstem.idea.filing;

import nl.wijkstem.idea.FilingSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import nl.wijkstem.idea.filing.FilingClassifier.Filing;
import nl.wijkstem.idea.filing.FilingClassifier.Seeds;
import nl.wijkstem.idea.filing.FilingTextAnalysis.AnalysedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class FilingClassifierTest {

	private static final Long PLAY = 1L;

	private static final Long WORK = 2L;

	private static final Long CHILD = 11L;

	private static final Long JOBS = 12L;

	private static final FilingTextAnalysis analysis = new FilingTextAnalysis();

	private static final Seeds NO_KEYWORDS = new Seeds(List.of(PLAY, WORK), List.of(CHILD, JOBS), Map.of(), Map.of());

	private final FilingClassifier classifier = new FilingClassifier();

	@AfterAll
	static void closeAnalysis() {
		analysis.close();
	}

	@Test
	void suggest_afterFiledExamples_choosesTheGoalAndThemesOfSimilarIdeas() {
		classifier.retrain(NO_KEYWORDS, examples());

		FilingSuggestion suggestion = classifier
			.suggest(text("Glijbaan in de speeltuin", "De speeltoestellen voor kinderen zijn kapot."))
			.orElseThrow();

		assertThat(suggestion.goalId()).isEqualTo(PLAY);
		assertThat(suggestion.goalConfidence()).isGreaterThan(0.5).isLessThan(1);
		assertThat(suggestion.themeIds()).containsExactly(CHILD);
		assertThat(suggestion.themes().getFirst().confidence()).isBetween(0.5, 1.0);
	}

	@Test
	void suggest_explainsWithTheIdeasOwnWords_strongestFirst() {
		classifier.retrain(NO_KEYWORDS, examples());

		FilingSuggestion suggestion = classifier
			.suggest(text("Speeltuinen en een sollicitatie", "Nieuwe speeltoestellen bij de speeltuin."))
			.orElseThrow();

		assertThat(suggestion.goalId()).isEqualTo(PLAY);
		// the words as written (not the stems "speeltuin" or "speeltoestel"), both
		// analyses of a word counted as one word, never a word that favours the other
		// goal
		assertThat(suggestion.goalWords()).hasSizeBetween(1, FilingModel.WORDS)
			.contains("speeltuinen")
			.doesNotContain("sollicitatie", "en", "een", "de");
		assertThat(suggestion.goalWords()).doesNotHaveDuplicates();
		assertThat(suggestion.themes().getFirst().words()).contains("speeltuinen");
	}

	@Test
	void suggestWithout_anIdeasOwnFiling_doesNotEchoIt_andKeepsTheLesson() {
		classifier.retrain(NO_KEYWORDS, examples());
		AnalysedText odd = text("Zonnepanelen op de sporthal", "Zonnepanelen leveren stroom voor de sporthal.");
		classifier.learn(new Filing(99L, odd, WORK, Set.of(JOBS)));

		assertThat(classifier.suggest(odd)).map(FilingSuggestion::goalId).contains(WORK);
		assertThat(classifier.suggestWithout(99L, odd)).isEmpty();
		assertThat(classifier.suggest(odd)).map(FilingSuggestion::goalId).contains(WORK);
	}

	@Test
	void filing_neverLearnsFromStreetNamesOrFillerWords() {
		AnalysedText text = text("Graag een bankje aan de Marathonweg", "Voor mensen rond de Reigerlaan.");

		assertThat(text.words().values()).contains("bankje")
			.doesNotContain("marathonweg", "reigerlaan", "graag", "mensen", "rond");
	}

	@Test
	void suggest_withoutAnyKnownWord_suggestsNothing() {
		classifier.retrain(NO_KEYWORDS, examples());

		assertThat(classifier.suggest(text("Zonnepanelen", "Op het dak van de sporthal."))).isEmpty();
		assertThat(new FilingClassifier().suggest(text("Speeltuin", "Kinderen spelen"))).isEmpty();
	}

	@Test
	void coldStart_withOnlySeedKeywords_suggestsFromTheKeywords() {
		Seeds seeds = new Seeds(List.of(PLAY, WORK), List.of(CHILD, JOBS),
				Map.of(PLAY, analysis.keywords(List.of("speeltuin", "spelen", "playground")), WORK,
						analysis.keywords(List.of("werk", "baan", "job"))),
				Map.of(CHILD, analysis.keywords(List.of("kinderen", "children")), JOBS,
						analysis.keywords(List.of("sollicitatie", "werkgever"))));
		classifier.retrain(seeds, Stream.empty());

		FilingSuggestion english = classifier.suggest(text("A new playground", "Where the children can play safely."))
			.orElseThrow();
		FilingSuggestion dutch = classifier.suggest(text("Hulp bij een baan", "Een werkgever vinden in de wijk."))
			.orElseThrow();

		assertThat(classifier.learnedIdeas()).isZero();
		assertThat(english.goalId()).isEqualTo(PLAY);
		assertThat(english.goalWords()).contains("playground");
		assertThat(english.themeIds()).containsExactly(CHILD);
		assertThat(dutch.goalId()).isEqualTo(WORK);
		assertThat(dutch.themeIds()).containsExactly(JOBS);
	}

	@Test
	void refiling_replacesWhatTheIdeaTaughtBefore_evenWhenItsTextChanged() {
		classifier.retrain(NO_KEYWORDS, examples());
		Filing first = new Filing(100L, text("Speeltuin vol met afval", "Graag een baan als opruimer."), PLAY,
				Set.of(CHILD));
		Filing again = new Filing(100L, text("Werk als opruimer", "Een baan voor jongeren met opruimen."), WORK,
				Set.of(JOBS));
		classifier.learn(first);
		classifier.learn(again);

		FilingClassifier trainedOnce = new FilingClassifier();
		trainedOnce.retrain(NO_KEYWORDS, Stream.concat(examples(), Stream.of(again)));
		AnalysedText probe = text("Opruimen in de speeltuin", "Afval en een baan voor kinderen.");
		assertThat(classifier.learnedIdeas()).isEqualTo(trainedOnce.learnedIdeas());
		assertThat(classifier.suggest(probe)).isEqualTo(trainedOnce.suggest(probe));

		classifier.forget(100L);
		FilingClassifier withoutIt = new FilingClassifier();
		withoutIt.retrain(NO_KEYWORDS, examples());
		assertThat(classifier.suggest(probe)).isEqualTo(withoutIt.suggest(probe));
	}

	@Test
	void filingDuringRetraining_isKept() {
		Filing during = new Filing(200L, text("Sollicitatietraining", "Oefenen met een werkgever."), WORK,
				Set.of(JOBS));
		Stream<Filing> slowDatabase = examples().peek(filing -> {
			if (filing.ideaId() == 3L) {
				classifier.learn(during);
			}
		});

		classifier.retrain(NO_KEYWORDS, slowDatabase);

		assertThat(classifier.learnedIdeas()).isEqualTo(examples().count() + 1);
	}

	@Test
	void concurrentFilingsAndSuggestions_endAsIfDoneOneByOne() throws Exception {
		classifier.retrain(NO_KEYWORDS, examples());
		List<Filing> firstFilings = new ArrayList<>();
		List<Filing> refilings = new ArrayList<>();
		for (long id = 1000; id < 1200; id++) {
			firstFilings.add(new Filing(id, text("Speeltuin " + id, "Spelen op het plein"), PLAY, Set.of(CHILD)));
			refilings.add(new Filing(id, text("Baan " + id, "Werk zoeken in de speeltuin"), WORK, Set.of(JOBS)));
		}
		AnalysedText probe = text("Spelen of werken", "Een speeltuin en een baan");
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			List<Future<?>> work = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int offset = thread;
				// each idea is filed and then re-filed by one thread, ideas by all
				// threads
				work.add(threads.submit(() -> {
					for (int i = offset; i < firstFilings.size(); i += 8) {
						classifier.learn(firstFilings.get(i));
						assertThat(classifier.suggest(probe)).isPresent();
						classifier.learn(refilings.get(i));
					}
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		}

		FilingClassifier oneByOne = new FilingClassifier();
		oneByOne.retrain(NO_KEYWORDS, examples());
		refilings.forEach(oneByOne::learn);
		assertThat(classifier.learnedIdeas()).isEqualTo(oneByOne.learnedIdeas());
		assertThat(classifier.suggest(probe)).isEqualTo(oneByOne.suggest(probe));
	}

	@Test
	void retraining_onEnoughFilings_fitsTheConfidence_toHowOftenItIsRight() {
		// six words that always come together, and one in four of their ideas filed
		// under the other goal: naive Bayes counts the six as six pieces of evidence
		// (about 99.9 % sure), while such a suggestion is right three times in four
		List<Filing> filed = new ArrayList<>();
		for (long id = 1; id <= 80; id++) {
			boolean play = id % 2 == 0;
			Long goal = (id % 8 == 0 || id % 8 == 1) ? (play ? WORK : PLAY) : (play ? PLAY : WORK);
			filed.add(
					new Filing(id,
							play ? text("Speeltuin schommel glijbaan", "Zandbak wip klimrek")
									: text("Sollicitatie vacature werkgever", "Stage opleiding diploma"),
							goal, Set.of()));
		}
		classifier.retrain(NO_KEYWORDS, filed.stream());

		double confidence = classifier.suggest(text("Speeltuin schommel glijbaan", "Zandbak wip klimrek"))
			.orElseThrow()
			.goalConfidence();

		assertThat(confidence).isBetween(0.65, 0.85);
	}

	@Test
	void twoGoalsAboutEquallyLikely_areBothSuggested() {
		List<Filing> filed = new ArrayList<>();
		for (long id = 1; id <= 40; id++) {
			filed.add(new Filing(id, text("Speeltuin bij de baan", "Spelen en werken"), id % 2 == 0 ? PLAY : WORK,
					Set.of()));
		}
		classifier.retrain(NO_KEYWORDS, filed.stream());

		FilingSuggestion suggestion = classifier.suggest(text("Speeltuin bij de baan", "Spelen en werken"))
			.orElseThrow();

		assertThat(suggestion.closeSecond()).isNotNull();
		assertThat(Set.of(suggestion.goalId(), suggestion.closeSecond().goalId())).containsExactlyInAnyOrder(PLAY,
				WORK);
		FilingClassifier clear = new FilingClassifier();
		clear.retrain(NO_KEYWORDS, examples());
		assertThat(clear.suggest(text("Glijbaan in de speeltuin", "De speeltoestellen voor kinderen zijn kapot."))
			.orElseThrow()
			.closeSecond()).isNull();
	}

	private static Stream<Filing> examples() {
		return Stream.of(
				new Filing(1L, text("Nieuwe speeltuin", "Kinderen willen spelen op een glijbaan en een schommel."),
						PLAY, Set.of(CHILD)),
				new Filing(2L, text("Speeltoestellen", "De speeltuin heeft een nieuwe schommel nodig voor kinderen."),
						PLAY, Set.of(CHILD)),
				new Filing(3L, text("Playground for children", "The children want to play on a slide."), PLAY,
						Set.of(CHILD)),
				new Filing(4L, text("Hulp bij werk", "Een coach helpt met een sollicitatie en een baan."), WORK,
						Set.of(JOBS)),
				new Filing(5L, text("Banenmarkt", "Werkgevers uit de wijk zoeken mensen voor een baan."), WORK,
						Set.of(JOBS)),
				new Filing(6L, text("Job fair", "Young people meet employers and find a job."), WORK, Set.of(JOBS)));
	}

	private static AnalysedText text(String title, String description) {
		return analysis.idea(title, description);
	}

}
