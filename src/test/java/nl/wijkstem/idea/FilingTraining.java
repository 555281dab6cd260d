package nl.wijkstem.idea;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkstem.idea.filing.FilingClassifier.Filing;
import nl.wijkstem.idea.filing.FilingClassifier.Seeds;
import nl.wijkstem.idea.filing.FilingTextAnalysis;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.SeedKeywords;

/** What the filing measurements share: the programme's seeds, and the baseline. */
final class FilingTraining {

	private FilingTraining() {
	}

	/** The goal most of the training ideas have; the first in the programme on a tie. */
	static Long mostCommonGoal(List<Filing> training, ProgrammeOverview overview) {
		Map<Long, Long> counts = training.stream()
			.collect(Collectors.groupingBy(Filing::goalId, Collectors.counting()));
		Long best = null;
		for (ProgrammeOverview.Category goal : overview.goals()) {
			if (best == null || counts.getOrDefault(goal.id(), 0L) > counts.getOrDefault(best, 0L)) {
				best = goal.id();
			}
		}
		return best;
	}

	static Seeds seeds(ProgrammeOverview overview, SeedKeywords keywords, FilingTextAnalysis analysis) {
		Map<Long, FilingTextAnalysis.AnalysedText> goals = new HashMap<>();
		keywords.goals().forEach((id, words) -> goals.put(id, analysis.keywords(words)));
		Map<Long, FilingTextAnalysis.AnalysedText> themes = new HashMap<>();
		keywords.themes().forEach((id, words) -> themes.put(id, analysis.keywords(words)));
		return new Seeds(overview.goals().stream().map(ProgrammeOverview.Category::id).toList(),
				overview.themes().stream().map(ProgrammeOverview.Category::id).toList(), goals, themes);
	}

	/** Goal or theme ids by their code in the programme file. */
	static Map<String, Long> ids(List<ProgrammeOverview.Category> categories) {
		return categories.stream()
			.collect(Collectors.toMap(ProgrammeOverview.Category::code, ProgrammeOverview.Category::id));
	}

}
