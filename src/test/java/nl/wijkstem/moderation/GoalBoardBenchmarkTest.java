package nl.wijkstem.moderation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.FiledIdea;
import nl.wijkstem.idea.FiledIdeas;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.idea.IdeaQuery;
import nl.wijkstem.moderation.ui.GoalBoardView;
import nl.wijkstem.moderation.ui.ProgrammeView;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.StatementCountViewTest;
import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The goal board target of the moderation issue, on H2: 100,000 published ideas (with
 * 1,000,000 supports) filed under the four goals (40, 30, 20 and 10 %), each goal with 25
 * groups of 16 ideas. Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=GoalBoardBenchmarkTest}. Prints a table and
 * writes it to {@code target/benchmark-goal-board.md}.
 */
@Tag("benchmark")
@WithUserDetails("moderator")
// H2 would otherwise answer a repeated identical query from its result cache
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:benchmark-board;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class GoalBoardBenchmarkTest extends StatementCountViewTest {

	private static final int IDEAS = 100_000;

	private static final int SUPPORTS_PER_IDEA = 10;

	private static final int RESIDENTS = 20_000;

	private static final int[] PERCENT_PER_GOAL = { 40, 30, 20, 10 };

	private static final int GROUPS_PER_GOAL = 25;

	private static final int IDEAS_PER_GROUP = 16;

	private static final int WARM_UP = 50;

	private static final int RUNS = 200;

	private static final Locale NL = Languages.DUTCH;

	@Autowired
	GroupOverviews overviews;

	@Autowired
	IdeaCsvExport export;

	@Autowired
	FiledIdeas filedIdeas;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	ProgrammeService programme;

	@Test
	void measure() throws IOException {
		long seedStart = System.nanoTime();
		IdeaBulkSeeder ideas = new IdeaBulkSeeder(jdbc);
		List<Long> ids = ideas.seed("BoardBench", IDEAS, SUPPORTS_PER_IDEA, 0, RESIDENTS).ideaIds();
		List<ProgrammeOverview.Category> goals = programme.overview(NL).goals();
		List<Long> shuffled = new ArrayList<>(ids);
		Collections.shuffle(shuffled, new Random(2026));
		int start = 0;
		for (int g = 0; g < goals.size(); g++) {
			int count = IDEAS * PERCENT_PER_GOAL[g] / 100;
			List<Long> underGoal = shuffled.subList(start, start + count);
			ideas.fileUnder(underGoal, goals.get(g).id());
			new GroupBulkSeeder(jdbc).seed("BoardBench " + g, goals.get(g).id(),
					underGoal.subList(0, GROUPS_PER_GOAL * IDEAS_PER_GROUP), IDEAS_PER_GROUP);
			start += count;
		}
		long seeded = System.nanoTime();
		Long largest = goals.getFirst().id();
		GoalOverview board = overviews.board(largest, 0, 20, NL);
		List<Long> groupedIds = board.groups()
			.stream()
			.flatMap(group -> group.ideas().stream())
			.map(FiledIdea::id)
			.toList();
		Map<Long, List<Long>> bySet = new HashMap<>();
		board.groups().forEach(group -> bySet.put(group.id(), group.ideas().stream().map(FiledIdea::id).toList()));

		Map<String, double[]> results = new LinkedHashMap<>();
		// the same measurement as in IdeaListBenchmarkTest: how busy the machine is now
		results.put("reference: idea list page, default sort: service",
				time(() -> publicIdeas.search(IdeaQuery.all(), 0, 20, NL)));
		results.put("goal board, largest goal: service", time(() -> overviews.board(largest, 0, 20, NL)));
		results.put("goal board, largest goal, ungrouped page 100: service",
				time(() -> overviews.board(largest, 99, 20, NL)));
		results.put("goal board, largest goal: whole view built, changes collected",
				time(() -> respond(navigate(HomeView.class)), () -> respond(navigate(GoalBoardView.class))));
		results.put("  of which: count of the goal's ideas", time(() -> filedIdeas.countUnder(largest)));
		results.put("  of which: first page of ideas in no group",
				time(() -> filedIdeas.mostSupported(largest, groupedIds, 0, 20)));
		results.put("  of which: the groups' ideas", time(() -> filedIdeas.publicIdeas(groupedIds)));
		results.put("  of which: distinct supporters per group", time(() -> filedIdeas.distinctSupporters(bySet)));
		results.put("programme overview, read afresh: service",
				time(overviews::forget, () -> overviews.programme(5, NL)));
		results.put("programme overview, remembered: service", time(() -> overviews.programme(5, NL)));
		results.put("programme overview, read afresh: whole view built, changes collected", time(() -> {
			overviews.forget();
			respond(navigate(HomeView.class));
		}, () -> respond(navigate(ProgrammeView.class))));

		long boardStatements = statements(() -> navigate(GoalBoardView.class));
		overviews.forget();
		long programmeStatements = statements(() -> navigate(ProgrammeView.class));

		CsvLabels labels = CsvLabels.of(key -> key, NL);
		List<Double> csvSeconds = new ArrayList<>();
		long csvBytes = 0;
		for (int i = 0; i < 3; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			long csvStart = System.nanoTime();
			export.write(out, labels);
			csvSeconds.add((System.nanoTime() - csvStart) / 1e9);
			csvBytes = out.size();
		}

		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Data: %,d ideas, %,d supports, %,d residents; largest goal %,d ideas, %d groups of %d per goal%n",
				IDEAS, IDEAS * SUPPORTS_PER_IDEA, RESIDENTS, IDEAS * PERCENT_PER_GOAL[0] / 100, GROUPS_PER_GOAL,
				IDEAS_PER_GROUP));
		report.append(String.format("Seeding %.1f s; %d runs after %d warm-up runs%n%n", (seeded - seedStart) / 1e9,
				RUNS, WARM_UP));
		report.append(Timing.table(results));
		report.append(String.format("%nSQL statements to render the goal board: %d; the programme overview: %d%n",
				boardStatements, programmeStatements));
		report.append(String.format("CSV export of all public ideas (%,d bytes): %s s%n", csvBytes,
				csvSeconds.stream().map(seconds -> String.format("%.2f", seconds)).toList()));
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-goal-board.md"), report);
	}

	/**
	 * Collects the UI's changes as a response to the browser would. Without a browser
	 * nobody does, and the changes of every run would pile up in memory.
	 */
	private static Object respond(Object view) {
		UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {
		});
		return view;
	}

	private static double[] time(Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, work);
	}

	private static double[] time(Runnable setup, Supplier<Object> work) {
		return Timing.percentiles(WARM_UP, RUNS, setup, work);
	}

}
