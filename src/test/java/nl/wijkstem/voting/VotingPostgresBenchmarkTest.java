package nl.wijkstem.voting;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The voting benchmark on a real PostgreSQL server (binaries from Maven Central, default
 * settings). Not part of the test suite.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@Import(TestClock.Configuration.class)
class VotingPostgresBenchmarkTest extends VotingBenchmarkChecks {

	static final EmbeddedPostgres POSTGRES = BallotConcurrencyPostgresTest.start();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Override
	String database() {
		return "postgresql";
	}

}
