package nl.wijkstem.idea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.filing.FilingClassifier;
import nl.wijkstem.idea.filing.FilingClassifier.Filing;
import nl.wijkstem.idea.filing.FilingClassifier.Seeds;
import nl.wijkstem.idea.filing.FilingTextAnalysis;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.SeedKeywords;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How good the filing suggestion is on the hand-written evaluation set
 * (docs/evaluation.md): goal right first time against always answering the most common
 * goal, themes' precision, recall and F1, and whether its confidence means what it says
 * (expected calibration error, and how often it is right per confidence band). Every idea
 * is suggested for by a model that did not learn from it (leave one out). Not part of the
 * test suite: {@code ./mvnw -Pbenchmark test -Dtest=FilingQualityBenchmarkTest}; writes
 * {@code target/benchmark-filing-quality.md}.
 */
@Tag("benchmark")
@ApplicationTest
class FilingQualityBenchmarkTest {

	private static final double[] BANDS = { 0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001 };

	@Autowired
	ProgrammeService programme;

	private final FilingTextAnalysis analysis = new FilingTextAnalysis();

	private final StringBuilder report = new StringBuilder();

	@Test
	void leaveOneOut() throws IOException {
		for (String folder : List.of(EvaluationSet.FIRST, EvaluationSet.SECOND)) {
			line("%n## Set %s%n%n", folder);
			measure(EvaluationSet.load(folder));
		}
		Files.writeString(Path.of("target", "benchmark-filing-quality.md"), report);
		System.out.println(report);
	}

	private void measure(EvaluationSet set) {
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		Map<String, Long> goals = FilingTraining.ids(overview.goals());
		Map<String, Long> themes = FilingTraining.ids(overview.themes());
		List<Filing> filed = new ArrayList<>();
		for (EvaluationSet.Entry idea : set.ideas()) {
			filed.add(new Filing(idea.number(), analysis.idea(idea.title(), idea.description()), goals.get(idea.goal()),
					idea.themes().stream().map(themes::get).collect(Collectors.toSet())));
		}
		Seeds keywords = FilingTraining.seeds(overview, programme.seedKeywords(), analysis);
		Seeds none = FilingTraining.seeds(overview, new SeedKeywords(Map.of(), Map.of()), analysis);

		line("%d filed ideas, %d goals, %d themes; each suggested for by a model that did not learn it.%n%n",
				filed.size(), goals.size(), themes.size());
		line("| method | goal right | themes precision | themes recall | themes F1 | calibration error (ECE) |%n");
		line("|---|---|---|---|---|---|%n");
		Outcome baseline = new Outcome("always the most common goal of the others (baseline)");
		Outcome coldStart = new Outcome("seed keywords only (a new installation, nothing filed)");
		Outcome learnedOnly = new Outcome("learned from the other filings, no keywords");
		Outcome shipped = new Outcome("learned from the other filings + seed keywords (shipped)");
		Outcome hundred = new Outcome("shipped, after only the first 100 filings");
		for (Filing heldOut : filed) {
			List<Filing> others = filed.stream().filter(filing -> filing != heldOut).toList();
			baseline.addGoal(heldOut, FilingTraining.mostCommonGoal(others, overview));
			coldStart.add(heldOut, suggest(keywords, List.of(), heldOut));
			learnedOnly.add(heldOut, suggest(none, others, heldOut));
			shipped.add(heldOut, suggest(keywords, others, heldOut));
			if (heldOut.ideaId() > 100) {
				hundred.add(heldOut,
						suggest(keywords, others.stream().filter(f -> f.ideaId() <= 100).toList(), heldOut));
			}
		}
		for (Outcome outcome : List.of(baseline, coldStart, learnedOnly, shipped, hundred)) {
			line("%s%n", outcome.row());
		}
		line("%nConfidence against correctness, shipped:%n%n| confidence shown | suggestions | goal right |%n|---|---|---|%n");
		for (int band = 0; band < BANDS.length - 1; band++) {
			line("| %.0f–%.0f %% | %d | %s |%n", BANDS[band] * 100, Math.min(100, BANDS[band + 1] * 100),
					shipped.inBand[band], percent(shipped.rightInBand[band], shipped.inBand[band]));
		}
		assertThat(shipped.total).isEqualTo(filed.size());
	}

	private static Optional<FilingSuggestion> suggest(Seeds seeds, List<Filing> training, Filing heldOut) {
		FilingClassifier classifier = new FilingClassifier();
		classifier.retrain(seeds, training.stream());
		return classifier.suggest(heldOut.text());
	}

	private void line(String format, Object... arguments) {
		report.append(String.format(Locale.ROOT, format, arguments));
	}

	private static String percent(int part, int whole) {
		return whole == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.0f %%", part, whole, 100.0 * part / whole);
	}

	private static final class Outcome {

		final String name;

		int total;

		int goalsRight;

		int themesSuggested;

		int themesRight;

		int themesFiled;

		double calibrationGap;

		int withConfidence;

		final int[] inBand = new int[BANDS.length - 1];

		final int[] rightInBand = new int[BANDS.length - 1];

		final double[] confidenceInBand = new double[BANDS.length - 1];

		Outcome(String name) {
			this.name = name;
		}

		void addGoal(Filing heldOut, Long goal) {
			total++;
			goalsRight += heldOut.goalId().equals(goal) ? 1 : 0;
		}

		void add(Filing heldOut, Optional<FilingSuggestion> suggestion) {
			total++;
			themesFiled += heldOut.themeIds().size();
			if (suggestion.isEmpty()) {
				return;
			}
			boolean right = heldOut.goalId().equals(suggestion.get().goalId());
			goalsRight += right ? 1 : 0;
			Set<Long> suggested = suggestion.get().themeIds();
			themesSuggested += suggested.size();
			themesRight += (int) suggested.stream().filter(heldOut.themeIds()::contains).count();
			double confidence = suggestion.get().goalConfidence();
			for (int band = 0; band < BANDS.length - 1; band++) {
				if (confidence >= BANDS[band] && confidence < BANDS[band + 1]) {
					inBand[band]++;
					rightInBand[band] += right ? 1 : 0;
					confidenceInBand[band] += confidence;
				}
			}
			withConfidence++;
		}

		String row() {
			double ece = 0;
			for (int band = 0; band < inBand.length; band++) {
				if (inBand[band] > 0) {
					ece += (double) inBand[band] / withConfidence * Math
						.abs((double) rightInBand[band] / inBand[band] - confidenceInBand[band] / inBand[band]);
				}
			}
			double precision = themesSuggested == 0 ? 0 : (double) themesRight / themesSuggested;
			double recall = themesFiled == 0 ? 0 : (double) themesRight / themesFiled;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			boolean goalOnly = withConfidence == 0;
			return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", name, percent(goalsRight, total),
					goalOnly ? "" : String.format(Locale.ROOT, "%.0f %%", precision * 100),
					goalOnly ? "" : String.format(Locale.ROOT, "%.0f %%", recall * 100),
					goalOnly ? "" : String.format(Locale.ROOT, "%.2f", f1),
					goalOnly ? "" : String.format(Locale.ROOT, "%.3f", ece));
		}

	}

}
