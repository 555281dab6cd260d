package nl.wijkstem.voting;

import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the voting tests share: the voting services, the demo accounts, the database and
 * the clock. Each test class says which application it runs in ({@code @ApplicationTest}
 * or {@code @PostgresTest}).
 */
abstract class VotingTest {

	@Autowired
	RoundService rounds;

	@Autowired
	VotingService voting;

	@Autowired
	ResultsService results;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestClock clock;

	/** An idea of its own, sent in by Kees and published by the moderator. */
	Long publishedIdea(String title) {
		return VotingFixtures.publishedIdea(context, title);
	}

	/** The idea's status as stored. */
	String status(Long ideaId) {
		return jdbc.queryForObject("select status from idea where id = ?", String.class, ideaId);
	}

}
