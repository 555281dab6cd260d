package nl.wijkstem.voting;

import nl.wijkstem.support.ApplicationTest;

/**
 * The concurrency checks on H2, the default database.
 */
@ApplicationTest
class BallotConcurrencyTest extends BallotConcurrencyChecks {

}
