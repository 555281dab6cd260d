package nl.wijkstem.idea;

import nl.wijkstem.support.PostgresTest;

/**
 * The support-count checks on a real PostgreSQL server.
 */
@PostgresTest
class SupportCountPostgresIT extends SupportCountChecks {

}
