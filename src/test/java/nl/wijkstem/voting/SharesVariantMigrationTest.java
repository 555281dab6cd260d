package nl.wijkstem.voting;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V63 on H2, from a database of version 62 holding rounds.
 */
class SharesVariantMigrationTest {

	@Test
	void equalSharesRoundsOfBefore_countBySupporters_theOthersByVotes() {
		SharesVariantMigrationCheck.oldRoundsKeepTheirRules(
				new DriverManagerDataSource("jdbc:h2:mem:v63-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
	}

}
