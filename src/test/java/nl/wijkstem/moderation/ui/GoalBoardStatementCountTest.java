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
		IdeaBulkSeeder ideas = new IdeaBulkSeeder(jdbc);
		GroupBulkSeeder groups = new GroupBulkSeeder(jdbc);
		List<Long> few = ideas.seed("Bordklein", 10, 2, 0, 10).ideaIds();
		ideas.fileUnder(few, goal.id());
		groups.seed("Bordklein", goal.id(), few.subList(0, 6), 3);
		long boardSmall = statements(() -> showGoal(goal));
		long programmeSmall = statements(() -> {
			overviews.forget();
			navigate(ProgrammeView.class);
		});

		List<Long> many = ideas.seed("Bordgroot", 2000, 8, 0, 200).ideaIds();
		ideas.fileUnder(many, goal.id());
		groups.seed("Bordgroot", goal.id(), many.subList(0, 600), 15);
		long boardLarge = statements(() -> showGoal(goal));
		long programmeLarge = statements(() -> {
			overviews.forget();
			navigate(ProgrammeView.class);
		});
		long programmeRemembered = statements(() -> navigate(ProgrammeView.class));

		assertThat(boardLarge).isEqualTo(boardSmall).isLessThanOrEqualTo(BOUND);
		assertThat(programmeLarge).isEqualTo(programmeSmall).isLessThanOrEqualTo(BOUND);
		assertThat(programmeRemembered).isLessThan(programmeLarge);
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
