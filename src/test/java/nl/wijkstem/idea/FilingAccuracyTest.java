package nl.wijkstem.idea;

import nl.wijkstem.idea.filing.FilingTextAnalysis;
import nl.wijkstem.idea.filing.FilingClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.DemoIdeas.DemoIdea;
import nl.wijkstem.idea.filing.FilingClassifier.Filing;
import nl.wijkstem.idea.filing.FilingClassifier.Seeds;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.SeedKeywords;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the suggestion gets the goal right on ideas it has not seen: leave-one-out
 * over the demo ideas moderators filed ({@link DemoIdea#goal()}), each time learning from
 * the other filed demo ideas and the configured seed keywords. Prints the figures and
 * writes them to {@code target/filing-accuracy.md}.
 */
@ApplicationTest
class FilingAccuracyTest {

	@Autowired
	ProgrammeService programme;

	private final FilingTextAnalysis analysis = new FilingTextAnalysis();

	@AfterEach
	void close() {
		analysis.close();
	}

	@Test
	void leaveOneOut_onTheFiledDemoIdeas_beatsAlwaysSuggestingTheMostCommonGoal() throws IOException {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		Map<String, Long> goals = FilingTraining.ids(overview.goals());
		Map<String, Long> themes = FilingTraining.ids(overview.themes());
		List<Filing> filed = new ArrayList<>();
		List<DemoIdea> content = DemoIdea.CONTENT;
		for (int i = 0; i < content.size(); i++) {
			DemoIdea idea = content.get(i);
			String goal = idea.goal();
			if (goal != null) {
				filed.add(new Filing((long) i, analysis.idea(idea.title(), idea.description()), goals.get(goal),
						Set.of(themes.get(idea.theme()))));
			}
		}
		Seeds withKeywords = FilingTraining.seeds(overview, programme.seedKeywords(), analysis);
		Seeds withoutKeywords = FilingTraining.seeds(overview, new SeedKeywords(Map.of(), Map.of()), analysis);

		int baseline = 0;
		Outcome learnedWithKeywords = new Outcome();
		Outcome learnedOnly = new Outcome();
		Outcome keywordsOnly = new Outcome();
		for (Filing heldOut : filed) {
			List<Filing> others = filed.stream().filter(filing -> filing != heldOut).toList();
			if (heldOut.goalId().equals(FilingTraining.mostCommonGoal(others, overview))) {
				baseline++;
			}
			learnedWithKeywords.add(heldOut, suggest(withKeywords, others, heldOut));
			learnedOnly.add(heldOut, suggest(withoutKeywords, others, heldOut));
			keywordsOnly.add(heldOut, suggest(withKeywords, List.of(), heldOut));
		}

		int n = filed.size();
		String report = String.format(
				"""
						Filing suggestion, leave-one-out over the %d filed demo ideas (%d goals, %d themes)

						| method | goal right | themes: filed theme suggested | themes: exactly the filed set | themes: precision |
						|---|---|---|---|---|
						| always the most common goal of the others (baseline) | %s | | | |
						| seed keywords only (cold start, no filed ideas) | %s |
						| learned from the other filed ideas, no keywords | %s |
						| learned from the other filed ideas + seed keywords (as shipped) | %s |
						""",
				n, goals.size(), themes.size(), share(baseline, n), keywordsOnly.row(n), learnedOnly.row(n),
				learnedWithKeywords.row(n));
		System.out.println(report);
		Files.writeString(Path.of("target/filing-accuracy.md"), report);

		assertThat(content).filteredOn(idea -> idea.goal() != null)
			.as("every demo filing names a programme goal")
			.allSatisfy(idea -> assertThat(goals).containsKey(idea.goal()));
		assertThat(learnedWithKeywords.goalsRight).as(report).isGreaterThan(baseline);
	}

	private Optional<FilingSuggestion> suggest(Seeds seeds, List<Filing> training, Filing heldOut) {
		FilingClassifier classifier = new FilingClassifier();
		classifier.retrain(seeds, training.stream());
		return classifier.suggest(heldOut.text());
	}

	private static String share(int count, int total) {
		return String.format("%d/%d = %.0f%%", count, total, 100.0 * count / total);
	}

	private static final class Outcome {

		int goalsRight;

		int filedThemeSuggested;

		int exactThemes;

		int themesSuggested;

		int themesRight;

		void add(Filing heldOut, Optional<FilingSuggestion> suggestion) {
			if (suggestion.isEmpty()) {
				return;
			}
			Set<Long> suggested = suggestion.get().themeIds();
			goalsRight += Objects.equals(suggestion.get().goalId(), heldOut.goalId()) ? 1 : 0;
			filedThemeSuggested += suggested.containsAll(heldOut.themeIds()) ? 1 : 0;
			exactThemes += suggested.equals(heldOut.themeIds()) ? 1 : 0;
			themesSuggested += suggested.size();
			themesRight += (int) suggested.stream().filter(heldOut.themeIds()::contains).count();
		}

		String row(int n) {
			return String.join(" | ", share(goalsRight, n), share(filedThemeSuggested, n), share(exactThemes, n),
					share(themesRight, Math.max(themesSuggested, 1)));
		}

	}

}
