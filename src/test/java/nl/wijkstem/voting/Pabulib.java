package nl.wijkstem.voting;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An election in the Pabulib format (pabulib.org): sections META (key;value), PROJECTS (a
 * header, then one project a row, with {@code project_id}, {@code cost} and, where the
 * result is known, {@code selected}) and VOTES (a header, then one voter a row, the
 * {@code vote} column listing project ids separated by commas). Fields are separated by
 * semicolons and may be quoted.
 *
 * @param projects project id to cost, in file order
 * @param selected the projects the file marks as chosen
 * @param ballots per voter, the project ids they approved (empty for an empty ballot)
 */
record Pabulib(String name, Map<String, String> meta, Map<String, Long> projects, Set<String> selected,
		List<List<String>> ballots) {

	static Pabulib read(Path file) throws IOException {
		Map<String, String> meta = new LinkedHashMap<>();
		Map<String, Long> projects = new LinkedHashMap<>();
		Set<String> selected = new LinkedHashSet<>();
		List<List<String>> ballots = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String section = "";
			List<String> header = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				List<String> row = fields(line);
				String first = row.get(0).strip().toLowerCase(Locale.ROOT);
				if (row.size() == 1 && List.of("meta", "projects", "votes").contains(first)) {
					section = first;
					header = null;
					continue;
				}
				if (header == null) {
					header = row.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size() && i < row.size(); i++) {
					values.put(header.get(i), row.get(i).strip());
				}
				switch (section) {
					case "meta" -> meta.put(row.get(0).strip(), row.size() > 1 ? row.get(1).strip() : "");
					case "projects" -> {
						String id = values.get("project_id");
						projects.put(id, whole(values.get("cost")));
						String chosen = values.getOrDefault("selected", "");
						if (!chosen.isEmpty() && new BigDecimal(chosen).signum() > 0) {
							selected.add(id);
						}
					}
					case "votes" -> {
						String vote = values.getOrDefault("vote", "");
						List<String> ballot = new ArrayList<>();
						for (String project : vote.split(",")) {
							if (!project.isBlank()) {
								ballot.add(project.strip());
							}
						}
						ballots.add(ballot);
					}
					default -> throw new IOException("A row outside META, PROJECTS and VOTES in " + file);
				}
			}
		}
		return new Pabulib(file.getFileName().toString(), meta, projects, selected, ballots);
	}

	/** Pabulib writes some amounts with decimals ("150000.0"). */
	private static long whole(String amount) {
		return new BigDecimal(amount).setScale(0, RoundingMode.FLOOR).longValueExact();
	}

	long budget() {
		return whole(meta.get("budget"));
	}

	String rule() {
		return meta.getOrDefault("rule", "").strip().toLowerCase(Locale.ROOT);
	}

	boolean approval() {
		return meta.getOrDefault("vote_type", "approval").strip().equalsIgnoreCase("approval");
	}

	/**
	 * The projects as Wijkstem's candidates, in file order: votes counted from the
	 * ballots; equal votes broken by lower cost, then by file order (equalshares.net
	 * breaks ties by lower cost first, then more votes).
	 */
	List<Tally.Candidate> candidates() {
		Map<String, Integer> votes = new HashMap<>();
		ballots.forEach(ballot -> ballot.forEach(project -> votes.merge(project, 1, Integer::sum)));
		List<String> ids = new ArrayList<>(projects.keySet());
		List<String> tieOrder = new ArrayList<>(ids);
		tieOrder.sort((a, b) -> Long.compare(projects.get(a), projects.get(b)));
		List<Tally.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			candidates.add(new Tally.Candidate(i, projects.get(id), votes.getOrDefault(id, 0), tieOrder.indexOf(id)));
		}
		return candidates;
	}

	/** The ballots as indexes into {@link #candidates()}. */
	Approvals approvals() {
		Map<String, Integer> index = new HashMap<>();
		List<String> ids = new ArrayList<>(projects.keySet());
		for (int i = 0; i < ids.size(); i++) {
			index.put(ids.get(i), i);
		}
		Approvals.Builder builder = new Approvals.Builder();
		for (List<String> ballot : ballots) {
			for (String project : new LinkedHashSet<>(ballot)) {
				builder.add(index.get(project));
			}
			builder.endBallot();
		}
		return builder.build();
	}

	/**
	 * Project ids of candidate item ids ({@link #candidates()} numbers them by index).
	 */
	Set<String> ids(Set<Long> itemIds) {
		List<String> ids = new ArrayList<>(projects.keySet());
		Set<String> result = new LinkedHashSet<>();
		itemIds.forEach(item -> result.add(ids.get(item.intValue())));
		return result;
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
