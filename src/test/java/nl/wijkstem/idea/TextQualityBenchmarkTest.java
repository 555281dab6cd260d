package nl.wijkstem.idea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.wijkstem.idea.EvaluationSet.Entry;
import nl.wijkstem.idea.text.TextAnalysis;
import nl.wijkstem.idea.text.TextAnalysis.Options;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well search and the similar-idea hints do on the hand-written evaluation set
 * (docs/evaluation.md), for the shipped analysis and each step of it switched off. Not
 * part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=TextQualityBenchmarkTest}. Prints the tables of
 * docs/benchmarks.md ("Search and similar-idea hints") and writes them to
 * {@code target/benchmark-text-quality.md}.
 * <p>
 * A hint for an idea is looked for with that idea out of the index (leave one out). The
 * hints' minimum score is chosen on the ideas with an odd number and reported on those
 * with an even number, so the figure is not measured on what chose it.
 */
@Tag("benchmark")
class TextQualityBenchmarkTest {

	private static final int SEARCH_DEPTH = 20;

	private static final int HINTS = 5;

	/** Stands for "no score: the search's five best", the hints as they were. */
	private static final double SEARCH_RANKING = -1;

	private static final Map<String, Options> VARIANTS = variants();

	private EvaluationSet set;

	private Map<String, Set<String>> counterparts;

	private final StringBuilder report = new StringBuilder();

	@TempDir
	Path directory;

	@Test
	void searchAndHints() throws IOException {
		for (String folder : List.of(EvaluationSet.FIRST, EvaluationSet.SECOND)) {
			set = EvaluationSet.load(folder);
			counterparts = set.counterparts();
			line("%n## Set %s%n%n", folder);
			measure(folder);
		}
		Files.writeString(Path.of("target", "benchmark-text-quality.md"), report);
		System.out.println(report);
	}

	private void measure(String folder) {
		line("Evaluation set: %d ideas, %d with a counterpart, %d queries.%n", set.ideas().size(),
				counterparts.values().stream().filter(others -> !others.isEmpty()).count(), set.queries().size());
		line("### Search%n%n| analysis | recall@20 | MRR |%n|---|---|---|%n");
		Map<String, List<Hints>> hintsByVariant = new LinkedHashMap<>();
		for (Map.Entry<String, Options> variant : VARIANTS.entrySet()) {
			try (Index index = new Index(directory.resolve(variant.getKey().replaceAll("\\W", "")),
					variant.getValue())) {
				search(variant.getKey(), index);
				hintsByVariant.put(variant.getKey(), hints(index));
			}
		}
		line("%n### Similar-idea hints (at most %d, leave one out)%n%n", HINTS);
		line("| analysis | minimum score | ideas | silent without counterpart | precision@5 | recall@5 same language | recall@5 across nl/en |%n|---|---|---|---|---|---|---|%n");
		row("before: the search's five best", SEARCH_RANKING, hintsByVariant.values().iterator().next(), entry -> true);
		for (Map.Entry<String, List<Hints>> variant : hintsByVariant.entrySet()) {
			row(variant.getKey(), 0, variant.getValue(), entry -> true);
			double chosen = choose(variant.getValue());
			row(variant.getKey(), chosen, variant.getValue(), entry -> entry.number() % 2 == 0);
		}
		line("%n### The minimum score on the shipped analysis (all ideas)%n%n");
		line("| minimum score | silent without counterpart | precision@5 | recall@5 same language | recall@5 across nl/en |%n|---|---|---|---|---|%n");
		List<Hints> shipped = hintsByVariant.get("shipped");
		for (double minimum = 0.05; minimum < 0.5; minimum += 0.025) {
			Quality quality = quality(shipped, minimum, entry -> true);
			line("| %.3f | %s | %s | %s | %s |%n", minimum, percent(quality.silent()), percent(quality.precision()),
					percent(quality.recallSame()), percent(quality.recallAcross()));
		}
		assertThat(hintsByVariant).hasSize(VARIANTS.size());
	}

	private void search(String name, Index index) {
		double recall = 0;
		double reciprocalRank = 0;
		for (EvaluationSet.Query query : set.queries()) {
			List<String> found = index.search(query.text(), SEARCH_DEPTH);
			long hits = found.stream().filter(query.expected()::contains).count();
			recall += (double) hits / Math.min(query.expected().size(), SEARCH_DEPTH);
			for (int rank = 0; rank < found.size(); rank++) {
				if (query.expected().contains(found.get(rank))) {
					reciprocalRank += 1.0 / (rank + 1);
					break;
				}
			}
		}
		int queries = set.queries().size();
		line("| %s | %s | %.3f |%n", name, percent(recall / queries), reciprocalRank / queries);
	}

	/** Each idea's candidates with their scores, the idea itself out of the index. */
	private List<Hints> hints(Index index) {
		List<Hints> all = new ArrayList<>();
		for (Entry idea : set.ideas()) {
			index.remove(idea);
			all.add(new Hints(idea, index.similar(idea.text()), index.search(idea.text(), HINTS)));
			index.add(idea);
		}
		return all;
	}

	/**
	 * The lowest minimum, on the odd-numbered ideas, that keeps at least 80 % of the
	 * ideas without a counterpart silent; the highest recall if none does.
	 */
	private double choose(List<Hints> hints) {
		Predicate<Entry> odd = entry -> entry.number() % 2 == 1;
		double best = 0;
		double bestRecall = -1;
		for (double minimum = 0.05; minimum < 0.6; minimum += 0.0125) {
			Quality quality = quality(hints, minimum, odd);
			if (quality.silent() >= 0.8) {
				return minimum;
			}
			if (quality.recallSame() > bestRecall) {
				best = minimum;
				bestRecall = quality.recallSame();
			}
		}
		return best;
	}

	private void row(String name, double minimum, List<Hints> hints, Predicate<Entry> which) {
		Quality quality = quality(hints, minimum, which);
		line("| %s | %s | %s | %s | %s | %s | %s |%n", name,
				minimum == SEARCH_RANKING ? "no score"
						: minimum == 0 ? "none" : String.format(Locale.ROOT, "%.4f", minimum),
				which.test(set.ideas().get(0)) && which.test(set.ideas().get(1)) ? "all" : "even-numbered",
				percent(quality.silent()), percent(quality.precision()), percent(quality.recallSame()),
				percent(quality.recallAcross()));
	}

	private Quality quality(List<Hints> all, double minimum, Predicate<Entry> which) {
		int lonely = 0;
		int silent = 0;
		int shown = 0;
		int right = 0;
		int[] same = new int[2];
		int[] across = new int[2];
		for (Hints hints : all) {
			if (!which.test(hints.idea())) {
				continue;
			}
			List<String> top = hints.above(minimum);
			Set<String> others = counterparts.get(hints.idea().id());
			if (others.isEmpty()) {
				lonely++;
				silent += top.isEmpty() ? 1 : 0;
			}
			shown += top.size();
			right += (int) top.stream().filter(others::contains).count();
			for (String other : others) {
				int[] tally = crossesLanguages(hints.idea(), set.idea(other)) ? across : same;
				tally[0]++;
				tally[1] += top.contains(other) ? 1 : 0;
			}
		}
		return new Quality(ratio(silent, lonely), ratio(right, shown), ratio(same[1], same[0]),
				ratio(across[1], across[0]));
	}

	private static boolean crossesLanguages(Entry one, Entry other) {
		Set<String> languages = new HashSet<>(List.of(one.language(), other.language()));
		return languages.equals(Set.of("nl", "en"));
	}

	private record Quality(double silent, double precision, double recallSame, double recallAcross) {
	}

	/**
	 * @param searchTop the search's best five, which the hints were before they had a
	 * score (minimum {@link #SEARCH_RANKING})
	 */
	private record Hints(Entry idea, List<IdeaSearchIndex.Match> candidates, List<String> searchTop) {

		List<String> above(double minimum) {
			if (minimum == SEARCH_RANKING) {
				return searchTop;
			}
			return candidates.stream()
				.filter(match -> match.score() >= minimum)
				.limit(HINTS)
				.map(match -> "e" + match.id())
				.toList();
		}

	}

	/** The search index with one analysis, holding the whole set. */
	private final class Index implements AutoCloseable {

		private final IdeaSearchIndex index;

		Index(Path path, Options options) {
			this.index = new IdeaSearchIndex(path, new TextAnalysis(options));
			index.indexAll(set.ideas().stream().map(Index::text).toList());
		}

		List<String> search(String text, int limit) {
			return index.search(text, limit).stream().map(id -> "e" + id).toList();
		}

		List<IdeaSearchIndex.Match> similar(String text) {
			return index.similar(text, HINTS * 4, 0);
		}

		void remove(Entry idea) {
			index.remove(idea.number());
		}

		void add(Entry idea) {
			index.index(text(idea));
		}

		private static IdeaText text(Entry idea) {
			return new IdeaText(idea.number(), idea.title(), idea.description());
		}

		@Override
		public void close() {
			index.destroy();
		}

	}

	private static Map<String, Options> variants() {
		Map<String, Options> variants = new LinkedHashMap<>();
		variants.put("before: Snowball, each language its own stop words", Options.SNOWBALL_ONLY);
		variants.put("+ stop words of both languages", new Options(true, false, false, false));
		variants.put("+ stems of irregular forms and heads", new Options(true, true, false, false));
		variants.put("+ compound parts", new Options(true, true, true, false));
		variants.put("shipped", Options.SHIPPED);
		return variants;
	}

	private void line(String format, Object... arguments) {
		report.append(String.format(Locale.ROOT, format, arguments));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? Double.NaN : (double) part / whole;
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
	}

}
