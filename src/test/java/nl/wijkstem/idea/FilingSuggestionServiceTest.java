package nl.wijkstem.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.base.Languages;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class FilingSuggestionServiceTest {

	private static final Locale NL = Languages.DUTCH;

	@Autowired
	FilingSuggestionService suggestions;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	ProgrammeService programme;

	@Autowired
	FilingLearning learning;

	@Autowired
	DemoUsers demo;

	@Autowired
	FilingRepository filingRepository;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void rightAfterAStart_suggestionsAreBeingPrepared_untilTheTrainingInTheBackgroundIsDone() {
		Long id = submitted("Een huiswerkklas en taalles in de bibliotheek",
				"Kinderen leren er na school, met hulp bij huiswerk en lezen. Zo doen ze beter mee op school.");
		List<Runnable> background = new ArrayList<>();
		FilingLearning starting = new FilingLearning(filingRepository, programme, transaction, true, background::add);
		FilingSuggestionService justStarted = new FilingSuggestionService(filingRepository, starting);
		try {
			starting.learnAtStart();

			assertThat(justStarted.ready()).isFalse();
			assertThat(justStarted.suggest(id)).isEmpty();
			assertThat(background).hasSize(1);

			background.getFirst().run();

			assertThat(justStarted.ready()).isTrue();
			assertThat(justStarted.suggest(id).orElseThrow().goalId()).isEqualTo(goal("taking-part"));
		}
		finally {
			starting.destroy();
		}
	}

	@Test
	void withoutBackgroundPreparation_theStartWaitsForTheTraining() {
		FilingLearning starting = new FilingLearning(filingRepository, programme, transaction, false, work -> {
			throw new AssertionError("nothing runs in the background");
		});
		try {
			starting.learnAtStart();
			demo.signIn("moderator");

			assertThat(starting.ready()).isTrue();
			assertThat(suggestions.ready()).isTrue();
		}
		finally {
			starting.destroy();
		}
	}

	@Test
	void moderator_getsAGoalAndThemes_withConfidenceAndTheWordsThatLedToThem() {
		Long id = submitted("Een huiswerkklas en taalles in de bibliotheek",
				"Kinderen leren er na school, met hulp bij huiswerk en lezen. Zo doen ze beter mee op school.");
		demo.signIn("moderator");

		FilingSuggestion suggestion = suggestions.suggest(id).orElseThrow();

		assertThat(suggestion.goalId()).isEqualTo(goal("taking-part"));
		assertThat(suggestion.goalConfidence()).isBetween(0.25, 1.0);
		assertThat(suggestion.goalWords()).isNotEmpty()
			.containsAnyOf("huiswerk", "huiswerkklas", "bibliotheek", "taalles", "lezen", "school");
		assertThat(suggestion.themeIds()).contains(theme("learning-and-work"));
		assertThat(suggestion.themes()).allSatisfy(theme -> assertThat(theme.words()).isNotEmpty());
	}

	@Test
	void filing_teachesTheSuggestion_andRefilingReplacesWhatItTaught() {
		String marker = "Zwaluwtil";
		Long first = submitted(marker + " bij de flats", "Een " + marker + " voor de vogels, bij de flats in de wijk.");
		Long second = submitted("Nog een " + marker, "Een tweede " + marker + " bij het water, voor vogels.");
		demo.signIn("moderator");
		int learnedBefore = learning.learnedIdeas();

		file(first, goal("youth-safety"), Set.of(theme("parents")));
		assertThat(learning.learnedIdeas()).isEqualTo(learnedBefore + 1);
		assertThat(suggestions.suggest(second).orElseThrow().goalWords()).contains(marker.toLowerCase(NL));

		file(first, goal("taking-part"), Set.of());
		file(first, goal("youth-safety"), Set.of(theme("parents")));
		file(first, goal("integrated-approach"), Set.of());

		FilingSuggestion after = suggestions.suggest(second).orElseThrow();
		assertThat(learning.learnedIdeas()).isEqualTo(learnedBefore + 1);
		assertThat(after.goalId()).isEqualTo(goal("integrated-approach"));
		assertThat(after.themeIds()).doesNotContain(theme("parents"));
	}

	@Test
	void resident_andVisitor_areRefused() {
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> suggestions.suggest(1L));
		SignIn.out();
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> suggestions.suggest(1L));
	}

	@Test
	void unknownIdea_getsNoSuggestion() {
		demo.signIn("moderator");

		assertThat(suggestions.suggest(Long.MAX_VALUE)).isEmpty();
	}

	private Long submitted(String title, String description) {
		demo.signIn("fatima");
		Long id = ideas.submit(null, new IdeaDraft(title, description, PlaceKind.OTHER, null, "", null, null)).id();
		SignIn.out();
		return id;
	}

	private void file(Long ideaId, Long goalId, Set<Long> themeIds) {
		int version = publicIdeas.idea(ideaId, NL).orElseThrow().version();
		decisions.file(ideaId, version, goalId, themeIds);
	}

	private Long goal(String code) {
		return codes(programme.overview(NL).goals()).get(code);
	}

	private Long theme(String code) {
		return codes(programme.overview(NL).themes()).get(code);
	}

	private static Map<String, Long> codes(List<ProgrammeOverview.Category> categories) {
		return categories.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::code, ProgrammeOverview.Category::id));
	}

}
