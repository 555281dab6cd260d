package nl.wijkstem.idea.ui;

import java.util.List;

import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.support.StatementCountViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea list and the idea page cost a fixed number of SQL statements, whatever the
 * number of ideas, supports and comments: no N+1 queries.
 */
class StatementCountTest extends StatementCountViewTest {

	/**
	 * Upper bound per page render; the exact number may change, its independence of size
	 * may not.
	 */
	private static final long BOUND = 20;

	@AfterEach
	void removeWhatWasSeeded() {
		IdeaBulkSeeder.remove(jdbc, "Tellingklein", "Tellinggroot");
	}

	@Test
	void listAndIdeaPage_costTheSameStatements_atTwoDataSizes() {
		IdeaBulkSeeder seeder = new IdeaBulkSeeder(jdbc);
		List<Long> few = seeder.seed("Tellingklein", 5, 2, 2, 10).ideaIds();
		long listSmall = statements(() -> navigate("ideas", IdeaListView.class));
		long pageSmall = statements(() -> navigate("ideas/" + few.getFirst(), IdeaView.class));

		List<Long> many = seeder.seed("Tellinggroot", 300, 8, 25, 60).ideaIds();
		long listLarge = statements(() -> navigate("ideas", IdeaListView.class));
		long pageLarge = statements(() -> navigate("ideas/" + many.getFirst(), IdeaView.class));

		assertThat(listLarge).isEqualTo(listSmall).isLessThanOrEqualTo(BOUND);
		assertThat(pageLarge).isEqualTo(pageSmall).isLessThanOrEqualTo(BOUND);
	}

}
