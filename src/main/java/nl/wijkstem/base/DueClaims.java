package nl.wijkstem.base;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step the clock makes due for a row (announcing a consultation's results, a round's
 * opening), taken once whichever node gets there first. Each row gets a transaction of
 * its own, in which a conditional update that marks the row is the claim: only the node
 * whose update changed it goes on, and what it publishes goes out only after the mark
 * committed.
 */
@Component
public class DueClaims {

	private final JdbcClient sql;

	private final TransactionTemplate transaction;

	DueClaims(JdbcClient sql, TransactionTemplate transaction) {
		this.sql = sql;
		this.transaction = transaction;
	}

	/**
	 * @param table the rows' table, a constant of the caller's (never input)
	 * @param markColumn the column, {@code null} until the step was taken, that is set to
	 * {@code now} as the claim; a constant of the caller's too
	 * @param step what follows a claim, in its transaction; says whether it counts
	 * @return how many claimed rows' steps counted
	 */
	public int claimEach(String table, String markColumn, List<Long> due, OffsetDateTime now, Predicate<Long> step) {
		String claim = "update " + table + " set " + markColumn + " = ? where id = ? and " + markColumn + " is null";
		int counted = 0;
		for (Long id : due) {
			if (Boolean.TRUE
				.equals(transaction.execute(status -> sql.sql(claim).params(now, id).update() > 0 && step.test(id)))) {
				counted++;
			}
		}
		return counted;
	}

}
