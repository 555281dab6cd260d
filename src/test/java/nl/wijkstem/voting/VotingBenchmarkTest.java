package nl.wijkstem.voting;

import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Tag;

import org.springframework.test.context.TestPropertySource;

/**
 * The voting benchmark on H2. Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test -Dtest='VotingBenchmarkTest,VotingPostgresBenchmarkTest'}.
 */
@Tag("benchmark")
@ApplicationTest
// H2 would otherwise answer a repeated identical query from its result cache
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:voting-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
		"spring.jpa.properties.hibernate.generate_statistics=false" })
class VotingBenchmarkTest extends VotingBenchmarkChecks {

	@Override
	String database() {
		return "h2";
	}

}
