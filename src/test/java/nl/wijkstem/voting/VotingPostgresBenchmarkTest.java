package nl.wijkstem.voting;

import nl.wijkstem.support.PostgresTest;
import org.junit.jupiter.api.Tag;

/**
 * The voting benchmark on a real PostgreSQL server (binaries from Maven Central, default
 * settings). Not part of the test suite.
 */
@Tag("benchmark")
@PostgresTest
class VotingPostgresBenchmarkTest extends VotingBenchmarkChecks {

	@Override
	String database() {
		return "postgresql";
	}

}
