package nl.wijkstem.voting;

import nl.wijkstem.support.PostgresTest;

/**
 * The concurrency checks on a real PostgreSQL server.
 */
@PostgresTest
class BallotConcurrencyPostgresIT extends BallotConcurrencyChecks {

}
