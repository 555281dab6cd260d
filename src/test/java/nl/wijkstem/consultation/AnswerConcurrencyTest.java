package nl.wijkstem.consultation;

import nl.wijkstem.support.ApplicationTest;

/**
 * The concurrency checks on H2, the default database.
 */
@ApplicationTest
class AnswerConcurrencyTest extends AnswerConcurrencyChecks {

}
