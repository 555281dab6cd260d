package nl.wijkstem.consultation;

import nl.wijkstem.support.PostgresTest;

/**
 * The concurrency checks on a real PostgreSQL server.
 */
@PostgresTest
class AnswerConcurrencyPostgresIT extends AnswerConcurrencyChecks {

}
