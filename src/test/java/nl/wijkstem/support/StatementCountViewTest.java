package nl.wijkstem.support;

import jakarta.persistence.EntityManagerFactory;
import nl.wijkstem.programme.ui.HomeView;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * View tests that count the SQL statements a page costs, at two sizes of bulk-seeded
 * data, to show the count does not grow with the data (no N+1 queries).
 */
public abstract class StatementCountViewTest extends ViewTest {

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	/** The statements the render prepares, after leaving for the home page. */
	protected long statements(Runnable render) {
		navigate(HomeView.class);
		statistics().clear();
		render.run();
		return statistics().getPrepareStatementCount();
	}

	/** Hibernate's statistics (the test profile switches them on). */
	protected Statistics statistics() {
		return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

}
