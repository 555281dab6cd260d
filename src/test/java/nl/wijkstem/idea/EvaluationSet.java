package nl.wijkstem.idea;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written evaluation set (docs/evaluation.md): Westwijk-style ideas labelled
 * with goal, themes and duplicates, and search queries with the ideas they should find.
 */
record EvaluationSet(List<Entry> ideas, List<Query> queries) {

	/** An idea of the set; {@code number} is its id in an index (1 for e1). */
	record Entry(String id, long number, String language, String title, String description, String location,
			String goal, Set<String> themes, String duplicateOf) {

		String text() {
			return title + " " + description;
		}

	}

	record Query(String text, Set<String> expected) {
	}

	/** The first set (docs/evaluation.md). */
	static final String FIRST = "evaluation";

	/** The second set, by another author (docs/evaluation.md, "The second set"). */
	static final String SECOND = "evaluation/second";

	static EvaluationSet load() {
		return load(FIRST);
	}

	static EvaluationSet load(String folder) {
		List<Entry> ideas = new ArrayList<>();
		for (Map<String, String> row : rows(folder + "/ideas.tsv")) {
			String id = row.get("id");
			ideas.add(new Entry(id, Long.parseLong(id.substring(1)), row.get("lang"), row.get("title"),
					row.get("description"), row.get("location"), row.get("goal"), split(row.get("themes")),
					row.get("duplicate_of").isBlank() ? null : row.get("duplicate_of")));
		}
		List<Query> queries = rows(folder + "/queries.tsv").stream()
			.map(row -> new Query(row.get("query"), split(row.get("expected"))))
			.toList();
		return new EvaluationSet(List.copyOf(ideas), queries);
	}

	/**
	 * The other ideas that say the same as each idea: the groups the {@code duplicate_of}
	 * links make, followed both ways.
	 */
	Map<String, Set<String>> counterparts() {
		Map<String, String> root = new HashMap<>();
		for (Entry idea : ideas) {
			root.put(idea.id(), idea.duplicateOf() == null ? idea.id() : root.get(idea.duplicateOf()));
		}
		Map<String, Set<String>> groups = new HashMap<>();
		ideas.forEach(idea -> groups.computeIfAbsent(root.get(idea.id()), key -> new LinkedHashSet<>()).add(idea.id()));
		Map<String, Set<String>> counterparts = new HashMap<>();
		for (Entry idea : ideas) {
			Set<String> others = new LinkedHashSet<>(groups.get(root.get(idea.id())));
			others.remove(idea.id());
			counterparts.put(idea.id(), others);
		}
		return counterparts;
	}

	Entry idea(String id) {
		return ideas.stream().filter(idea -> idea.id().equals(id)).findFirst().orElseThrow();
	}

	private static Set<String> split(String list) {
		Set<String> values = new LinkedHashSet<>();
		for (String value : list.split(",")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

	private static List<Map<String, String>> rows(String resource) {
		try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(resource)) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.toList();
			String[] header = lines.get(0).split("\t", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split("\t", -1);
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
