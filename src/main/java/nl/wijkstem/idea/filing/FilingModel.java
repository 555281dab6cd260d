package nl.wijkstem.idea.filing;

import nl.wijkstem.idea.FilingSuggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import nl.wijkstem.idea.filing.FilingTextAnalysis.AnalysedText;

/**
 * Naive Bayes over analysed idea texts, with Laplace (add-one) smoothing. Not
 * thread-safe: {@link FilingClassifier} guards it.
 * <ul>
 * <li>Goal: one multinomial model over the programme goals (an idea has exactly one).
 * <li>Themes: an idea has any number, so each theme is its own yes/no multinomial model
 * ("filed under this theme" against "not"). The "not" counts are the totals minus the
 * theme's own, so a theme costs one count per term, not two.
 * </ul>
 * Seed keywords enter as examples like filed ideas: a goal's keywords as one example of
 * that goal (goal model only), a theme's keywords as one example of that theme (theme
 * models only). What each idea added is remembered, so filing it again, even after its
 * text changed, first takes out exactly what it added before.
 */
public final class FilingModel {

	/** Explanations name this many words at most. */
	static final int WORDS = 3;

	/** Suggested themes need at least this probability. */
	static final double THEME_THRESHOLD = 0.5;

	private static final double EMPTY = 1e-9;

	private final List<Long> goalIds;

	private final List<Long> themeIds;

	private final int goals;

	private final int themes;

	/** Column of a term's total in the theme models, after the per-theme columns. */
	private final int themeTotal;

	/** Column of a term's total in the goal model. */
	private final int goalTotal;

	private final Map<String, Integer> termIds = new HashMap<>();

	/** Per term id: weight per goal, per theme, then the two model totals. */
	private final List<double[]> counts = new ArrayList<>();

	private final double[] goalWeight;

	private final double[] themeWeight;

	private double themeModelWeight;

	private final int[] goalExamples;

	private final int[] themeExamples;

	private int goalModelExamples;

	private int themeModelExamples;

	/** Distinct terms with any weight in the goal model, and in the theme models. */
	private int goalVocabulary;

	private int themeVocabulary;

	private final Map<Long, Example> ideas = new HashMap<>();

	/** Fewer held-out filings than this say too little to fit a confidence on. */
	static final int MIN_CALIBRATION = 30;

	/** Divides the goals' log-score differences before they become a confidence. */
	private double temperature = 1;

	FilingModel(List<Long> goalIds, List<Long> themeIds) {
		this.goalIds = List.copyOf(goalIds);
		this.themeIds = List.copyOf(themeIds);
		goals = goalIds.size();
		themes = themeIds.size();
		themeTotal = goals + themes;
		goalTotal = themeTotal + 1;
		goalWeight = new double[goals];
		themeWeight = new double[themes];
		goalExamples = new int[goals];
		themeExamples = new int[themes];
	}

	public void seedGoal(Long goalId, AnalysedText keywords) {
		int goal = goalIds.indexOf(goalId);
		if (goal >= 0 && !keywords.isEmpty()) {
			apply(example(keywords, goal, new int[0], false), 1);
		}
	}

	public void seedTheme(Long themeId, AnalysedText keywords) {
		int theme = themeIds.indexOf(themeId);
		if (theme >= 0 && !keywords.isEmpty()) {
			apply(example(keywords, -1, new int[] { theme }, true), 1);
		}
	}

	/** Learns an idea's filing, replacing what the idea taught before. */
	public void learn(Long ideaId, AnalysedText text, Long goalId, Set<Long> themeIds) {
		forget(ideaId);
		int[] themeIndexes = themeIds.stream().mapToInt(this.themeIds::indexOf).filter(i -> i >= 0).toArray();
		Example example = example(text, goalIds.indexOf(goalId), themeIndexes, true);
		apply(example, 1);
		ideas.put(ideaId, example);
	}

	public void forget(Long ideaId) {
		Example before = ideas.remove(ideaId);
		if (before != null) {
			apply(before, -1);
		}
	}

	/** The suggestion with what this idea taught left out (and kept afterwards). */
	Optional<FilingSuggestion> suggestWithout(Long ideaId, AnalysedText text) {
		Example own = ideas.get(ideaId);
		if (own == null) {
			return suggest(text);
		}
		apply(own, -1);
		try {
			return suggest(text);
		}
		finally {
			apply(own, 1);
		}
	}

	public int learnedIdeas() {
		return ideas.size();
	}

	/**
	 * The log-score of each goal for these known terms; null when none of them is known
	 * to the goal model, or no goal is.
	 */
	private double[] goalScores(Map<Integer, Float> known) {
		boolean anyGoalTerm = known.keySet().stream().anyMatch(id -> counts.get(id)[goalTotal] > 0);
		if (goals == 0 || goalModelExamples == 0 || !anyGoalTerm) {
			return null;
		}
		double[] score = new double[goals];
		for (int g = 0; g < goals; g++) {
			score[g] = Math.log((goalExamples[g] + 1.0) / (goalModelExamples + goals));
		}
		known.forEach((id, weight) -> {
			double[] term = counts.get(id);
			if (term[goalTotal] > 0) {
				for (int g = 0; g < goals; g++) {
					score[g] += weight * goalLog(term, g);
				}
			}
		});
		return score;
	}

	/**
	 * Fits the confidence to what happens (temperature scaling): each of at most
	 * {@code sample} learned filings is scored by the model without it, and the
	 * temperature that makes those held-out confidences most likely is kept. Naive Bayes
	 * counts every word as independent evidence and so is far too sure of itself; after
	 * this, "80 %" is meant to be right about 8 times in 10 (docs/benchmarks.md measures
	 * it). Fewer than {@link #MIN_CALIBRATION} filings leave the confidence as it is.
	 */
	void calibrate(int sample) {
		List<double[]> scores = new ArrayList<>();
		List<Integer> rightGoals = new ArrayList<>();
		for (Example example : ideas.values().stream().filter(e -> e.goal() >= 0).limit(sample).toList()) {
			Map<Integer, Float> known = new LinkedHashMap<>();
			for (int i = 0; i < example.terms().length; i++) {
				known.put(example.terms()[i], example.weights()[i]);
			}
			apply(example, -1);
			try {
				double[] score = goalScores(known);
				if (score != null) {
					scores.add(score);
					rightGoals.add(example.goal());
				}
			}
			finally {
				apply(example, 1);
			}
		}
		if (scores.size() < MIN_CALIBRATION) {
			temperature = 1;
			return;
		}
		double best = 1;
		double bestLoss = Double.MAX_VALUE;
		for (double t = 0.25; t <= 64; t *= 1.05) {
			double loss = 0;
			for (int i = 0; i < scores.size(); i++) {
				loss += negativeLogLikelihood(scores.get(i), rightGoals.get(i), t);
			}
			if (loss < bestLoss) {
				bestLoss = loss;
				best = t;
			}
		}
		temperature = best;
	}

	private static double negativeLogLikelihood(double[] score, int right, double temperature) {
		double max = Arrays.stream(score).max().orElse(0);
		double sum = 0;
		for (double value : score) {
			sum += Math.exp((value - max) / temperature);
		}
		return Math.log(sum) - (score[right] - max) / temperature;
	}

	/** The temperature the goal confidence is computed with (1 until calibrated). */
	double temperature() {
		return temperature;
	}

	/** Empty when none of the text's terms is known, or no goal is. */
	public Optional<FilingSuggestion> suggest(AnalysedText text) {
		Map<Integer, Float> known = new LinkedHashMap<>();
		Map<Integer, String> words = new HashMap<>();
		text.weights().forEach((term, weight) -> {
			Integer id = termIds.get(term);
			if (id != null) {
				known.put(id, weight);
				words.put(id, text.words().get(term));
			}
		});
		double[] score = goalScores(known);
		if (score == null) {
			return Optional.empty();
		}
		int best = 0;
		for (int g = 1; g < goals; g++) {
			if (score[g] > score[best]) {
				best = g;
			}
		}
		int runnerUp = -1;
		for (int g = 0; g < goals; g++) {
			if (g != best && (runnerUp < 0 || score[g] > score[runnerUp])) {
				runnerUp = g;
			}
		}
		double normaliser = 0;
		for (int g = 0; g < goals; g++) {
			normaliser += Math.exp((score[g] - score[best]) / temperature);
		}
		int chosen = best;
		int other = runnerUp;
		List<String> goalWords = other < 0 ? List.of() : strongest(known, words,
				term -> term[goalTotal] > 0 ? goalLog(term, chosen) - goalLog(term, other) : 0);
		double secondConfidence = other < 0 ? 0 : Math.exp((score[other] - score[best]) / temperature) / normaliser;
		FilingSuggestion.SecondGoal second = secondConfidence >= FilingSuggestion.CLOSE_SECOND
				? new FilingSuggestion.SecondGoal(goalIds.get(other), secondConfidence) : null;
		return Optional
			.of(new FilingSuggestion(goalIds.get(best), 1 / normaliser, goalWords, themes(known, words), second));
	}

	private List<FilingSuggestion.ThemeSuggestion> themes(Map<Integer, Float> known, Map<Integer, String> words) {
		List<FilingSuggestion.ThemeSuggestion> suggested = new ArrayList<>();
		if (themeModelExamples == 0) {
			return suggested;
		}
		for (int t = 0; t < themes; t++) {
			int theme = t;
			double logOdds = Math.log((themeExamples[t] + 1.0) / (themeModelExamples - themeExamples[t] + 1.0));
			for (Map.Entry<Integer, Float> entry : known.entrySet()) {
				logOdds += entry.getValue() * themeLogRatio(counts.get(entry.getKey()), theme);
			}
			double probability = 1 / (1 + Math.exp(-logOdds));
			if (probability >= THEME_THRESHOLD) {
				suggested.add(new FilingSuggestion.ThemeSuggestion(themeIds.get(t), probability,
						strongest(known, words, term -> themeLogRatio(term, theme))));
			}
		}
		suggested.sort(Comparator.comparingDouble(FilingSuggestion.ThemeSuggestion::confidence).reversed());
		return suggested;
	}

	/** log P(term | goal), smoothed. */
	private double goalLog(double[] term, int goal) {
		return Math.log((term[goal] + 1) / (goalWeight[goal] + goalVocabulary));
	}

	/** log P(term | theme) - log P(term | not theme), smoothed; 0 for unknown terms. */
	private double themeLogRatio(double[] term, int theme) {
		if (term[themeTotal] <= 0) {
			return 0;
		}
		double inTheme = term[goals + theme];
		double notInTheme = term[themeTotal] - inTheme;
		return Math.log((inTheme + 1) / (themeWeight[theme] + themeVocabulary))
				- Math.log((notInTheme + 1) / (themeModelWeight - themeWeight[theme] + themeVocabulary));
	}

	/**
	 * The words with the largest positive contribution (weight in the text times log
	 * ratio), summed per word: a word analysed in both languages is one word.
	 */
	private List<String> strongest(Map<Integer, Float> known, Map<Integer, String> words,
			ToDoubleFunction<double[]> logRatio) {
		Map<String, Double> byWord = new HashMap<>();
		known.forEach((id, weight) -> byWord.merge(words.get(id), weight * logRatio.applyAsDouble(counts.get(id)),
				Double::sum));
		return byWord.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > EMPTY)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(WORDS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private Example example(AnalysedText text, int goal, int[] themeIndexes, boolean inThemeModel) {
		int[] terms = new int[text.weights().size()];
		float[] weights = new float[terms.length];
		int i = 0;
		for (Map.Entry<String, Float> entry : text.weights().entrySet()) {
			terms[i] = termIds.computeIfAbsent(entry.getKey(), term -> {
				counts.add(new double[goals + themes + 2]);
				return counts.size() - 1;
			});
			weights[i++] = entry.getValue();
		}
		return new Example(goal, themeIndexes, inThemeModel, terms, weights);
	}

	private void apply(Example example, int sign) {
		boolean inGoalModel = example.goal() >= 0;
		if (inGoalModel) {
			goalExamples[example.goal()] += sign;
			goalModelExamples += sign;
		}
		if (example.inThemeModel()) {
			themeModelExamples += sign;
			for (int theme : example.themes()) {
				themeExamples[theme] += sign;
			}
		}
		for (int i = 0; i < example.terms().length; i++) {
			double[] term = counts.get(example.terms()[i]);
			double weight = sign * example.weights()[i];
			if (inGoalModel) {
				goalWeight[example.goal()] += weight;
				term[example.goal()] += weight;
				goalVocabulary += change(term, goalTotal, weight);
			}
			if (example.inThemeModel()) {
				themeModelWeight += weight;
				for (int theme : example.themes()) {
					themeWeight[theme] += weight;
					term[goals + theme] += weight;
				}
				themeVocabulary += change(term, themeTotal, weight);
			}
		}
	}

	/** Adds to a total; +1 when the term enters the model, -1 when it leaves it. */
	private static int change(double[] term, int column, double weight) {
		boolean before = term[column] > EMPTY;
		term[column] += weight;
		if (term[column] <= EMPTY) {
			term[column] = 0;
		}
		boolean after = term[column] > 0;
		return before == after ? 0 : (after ? 1 : -1);
	}

	/** What one example added: term ids with their weights, and where it was filed. */
	private record Example(int goal, int[] themes, boolean inThemeModel, int[] terms, float[] weights) {
	}

}
