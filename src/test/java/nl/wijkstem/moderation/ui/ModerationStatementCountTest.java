package nl.wijkstem.moderation.ui;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderators' queue and an item in it cost a fixed number of SQL statements, however
 * many ideas wait: no N+1 queries.
 */
class ModerationStatementCountTest extends ViewTest {

	/**
	 * Upper bound per render; the exact number may change, its independence of size may
	 * not.
	 */
	private static final long BOUND = 25;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("moderator")
	void queueAndItem_costTheSameStatements_atTwoDataSizes() {
		IdeaBulkSeeder seeder = new IdeaBulkSeeder(jdbc);
		List<Long> few = waiting(seeder.seed("Wachtrijklein", 25, 2, 2, 10).ideaIds());
		long queueSmall = statements(() -> navigate("moderation", ModerationQueueView.class));
		long itemSmall = statements(() -> navigate("moderation/" + few.getFirst(), ModerationItemView.class));

		List<Long> many = waiting(seeder.seed("Wachtrijgroot", 300, 8, 25, 60).ideaIds());
		long queueLarge = statements(() -> navigate("moderation", ModerationQueueView.class));
		long itemLarge = statements(() -> navigate("moderation/" + many.getFirst(), ModerationItemView.class));

		assertThat(queueLarge).isEqualTo(queueSmall).isLessThanOrEqualTo(BOUND);
		assertThat(itemLarge).isEqualTo(itemSmall).isLessThanOrEqualTo(BOUND);
	}

	/**
	 * The seeder publishes; these wait for a moderator instead. Both sizes fill more than
	 * a page, so both pay for counting.
	 */
	private List<Long> waiting(List<Long> ids) {
		jdbc.update("update idea set status = 'SUBMITTED', published_at = null where id between ? and ?",
				ids.getFirst(), ids.getLast());
		return ids;
	}

	private long statements(Runnable render) {
		navigate(HomeView.class);
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		render.run();
		return statistics.getPrepareStatementCount();
	}

}
