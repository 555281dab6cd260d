package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.moderation.GroupBulkSeeder;
import nl.wijkstem.moderation.GroupOverviews;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.StatementCountViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goal board and the public programme overview cost a fixed number of SQL statements,
 * whatever the number of ideas, groups and supporters: no N+1 queries.
 */
@WithUserDetails("moderator")
class GoalBoardStatementCountTest extends StatementCountViewTest {

	/**
	 * Upper bound per page render; the exact number may change, its independence of size
	 * may not. The programme page's follow buttons add the look-up of what the signed-in
	 * resident follows (one statement for all of them).
	 */
	private static final long BOUND = 16;

	@Autowired
	ProgrammeService programme;

	@Autowired
	GroupOverviews overviews;

	@AfterEach
	void removeWhatWasSeeded() {
		IdeaBulkSeeder.remove(jdbc, "Bordklein", "Bordgroot");
	}

	@Test
	void goalBoardAndProgrammePage_costTheSameStatements_atTwoDataSizes() {
		ProgrammeOverview.Category goal = programme.overview(Languages.DUTCH).goals().get(3);
		PageCosts small = seededAndCounted("Bordklein", goal, 10, 2, 10, 6, 3);
		PageCosts large = seededAndCounted("Bordgroot", goal, 2000, 8, 200, 600, 15);
		long programmeRemembered = statements(() -> navigate(ProgrammeView.class));

		assertThat(large.board()).isEqualTo(small.board()).isLessThanOrEqualTo(BOUND);
		assertThat(large.programme()).isEqualTo(small.programme()).isLessThanOrEqualTo(BOUND);
		assertThat(programmeRemembered).isLessThan(large.programme());
	}

	private record PageCosts(long board, long programme) {
	}

	/**
	 * Seeds published ideas under the goal, the first {@code grouped} of them in groups,
	 * then counts the statements of the goal board and of the programme page read afresh.
	 */
	private PageCosts seededAndCounted(String marker, ProgrammeOverview.Category goal, int ideaCount,
			int supportsPerIdea, int residentCount, int grouped, int perGroup) {
		IdeaBulkSeeder ideas = new IdeaBulkSeeder(jdbc);
		List<Long> ids = ideas.seed(marker, ideaCount, supportsPerIdea, 0, residentCount).ideaIds();
		ideas.fileUnder(ids, goal.id());
		new GroupBulkSeeder(jdbc).seed(marker, goal.id(), ids.subList(0, grouped), perGroup);
		long board = statements(() -> showGoal(goal));
		long programmePage = statements(() -> {
			overviews.forget();
			navigate(ProgrammeView.class);
		});
		return new PageCosts(board, programmePage);
	}

	/** Opens the board on its first goal, then (counted) switches to this one. */
	private void showGoal(ProgrammeOverview.Category goal) {
		navigate(GoalBoardView.class);
		statistics().clear();
		@SuppressWarnings("unchecked")
		RadioButtonGroup<ProgrammeOverview.Category> goals = find(RadioButtonGroup.class).single();
		test(goals).selectItem(goal.name());
	}

}
