package nl.wijkstem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.wijkstem.base.WcagCriteria;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility audit report (docs/accessibility-audit.md), the evidence the
 * accessibility statement links to, stays whole and true to the code: one row per success
 * criterion of WCAG 2.1 A and AA, in the standard's order, each with one of four results;
 * a summary that counts the rows; only test classes that exist; and every barrier the
 * Westwijk statement lists is a criterion the report says fails.
 */
class AccessibilityAuditReportTest {

	private static final Path REPORT = Path.of("docs/accessibility-audit.md");

	private static final Path TESTS = Path.of("src/test/java");

	/** A row of the results table: "| 1.4.10 Reflow | AA | fail | how | remarks |". */
	private static final Pattern ROW = Pattern
		.compile("^\\| (\\d\\.\\d\\.\\d{1,2}) [^|]+\\| (A|AA) \\| (pass|fail|not applicable|to check) \\|");

	private static final Pattern ANY_ROW = Pattern.compile("^\\| \\d+\\.\\d+\\.\\d+\\b.*");

	private static final Pattern SUMMARY = Pattern
		.compile("Summary: (\\d+) pass, (\\d+) fail, (\\d+) not applicable, (\\d+) to check\\.");

	private static final Pattern TEST_CLASS = Pattern.compile("`([A-Z]\\w*(?:Test|IT))`");

	@Test
	void theStandard_hasFiftySuccessCriteriaAtLevelsAAndAA() {
		assertThat(new HashSet<>(WcagCriteria.LEVEL_A_AND_AA)).hasSize(50);
	}

	@Test
	void everySuccessCriterion_hasExactlyOneRow_inTheStandardsOrder_withAResult() throws IOException {
		List<String> lines = Files.readAllLines(REPORT, StandardCharsets.UTF_8);
		List<String> criteria = new ArrayList<>();
		for (String line : lines) {
			if (ANY_ROW.matcher(line).matches()) {
				Matcher row = ROW.matcher(line);
				assertThat(row.find())
					.as("a row with a level (A, AA) and a result (pass, fail, not applicable, " + "to check): " + line)
					.isTrue();
				criteria.add(row.group(1));
			}
		}
		assertThat(criteria).containsExactlyElementsOf(WcagCriteria.LEVEL_A_AND_AA);
	}

	@Test
	void theSummary_countsTheRows() throws IOException {
		Map<String, Integer> counted = new TreeMap<>(Map.of("pass", 0, "fail", 0, "not applicable", 0, "to check", 0));
		results().values().forEach(result -> counted.merge(result, 1, Integer::sum));
		Matcher summary = SUMMARY.matcher(Files.readString(REPORT, StandardCharsets.UTF_8));
		assertThat(summary.find()).as("a line 'Summary: n pass, n fail, n not applicable, n to check.'").isTrue();

		assertThat(Map.of("pass", Integer.parseInt(summary.group(1)), "fail", Integer.parseInt(summary.group(2)),
				"not applicable", Integer.parseInt(summary.group(3)), "to check", Integer.parseInt(summary.group(4))))
			.isEqualTo(counted);
	}

	@Test
	void everyTestClassTheReportNames_exists() throws IOException {
		Set<String> named = new TreeSet<>();
		Matcher name = TEST_CLASS.matcher(Files.readString(REPORT, StandardCharsets.UTF_8));
		while (name.find()) {
			named.add(name.group(1));
		}
		Set<String> existing = new HashSet<>();
		try (Stream<Path> files = Files.walk(TESTS)) {
			files.map(file -> file.getFileName().toString())
				.filter(file -> file.endsWith(".java"))
				.forEach(file -> existing.add(file.substring(0, file.length() - ".java".length())));
		}
		assertThat(named).as("test classes named in the report").isNotEmpty();
		assertThat(named).as("test classes named in the report that do not exist")
			.allMatch(existing::contains, "exists in " + TESTS);
	}

	@Test
	void everyBarrierOfTheWestwijkStatement_isACriterionTheReportFails() throws IOException {
		Map<String, String> results = results();
		List<String> barriers = westwijkBarriers();
		assertThat(barriers).isNotEmpty();
		assertThat(barriers)
			.allSatisfy(criterion -> assertThat(results.get(criterion)).as("the report's result for " + criterion)
				.isEqualTo("fail"));
	}

	private static Map<String, String> results() throws IOException {
		Map<String, String> results = new TreeMap<>();
		for (String line : Files.readAllLines(REPORT, StandardCharsets.UTF_8)) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				results.put(row.group(1), row.group(3));
			}
		}
		return results;
	}

	@SuppressWarnings("unchecked")
	private static List<String> westwijkBarriers() throws IOException {
		try (InputStream in = AccessibilityAuditReportTest.class.getResourceAsStream("/programme/westwijk.yml")) {
			Map<String, Object> file = new Yaml().load(in);
			Map<String, Object> programme = (Map<String, Object>) ((Map<String, Object>) file.get("wijkstem"))
				.get("programme");
			Map<String, Object> statement = (Map<String, Object>) programme.get("accessibility-statement");
			return ((List<Map<String, Object>>) statement.get("barriers")).stream()
				.map(barrier -> String.valueOf(barrier.get("criterion")))
				.toList();
		}
	}

}
