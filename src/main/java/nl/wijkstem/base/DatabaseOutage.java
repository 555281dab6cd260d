package nl.wijkstem.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by an unreachable database from any other. During an outage the
 * pages say "temporarily unavailable" instead of "something went wrong", and the parts of
 * the page shell that need the database (counters, the bell) are left out rather than
 * taking the error page down with them.
 */
public final class DatabaseOutage {

	private static final String CLOSED_POOL_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

	private DatabaseOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof ConnectException || cause instanceof JDBCConnectionException
					|| isConnectionState(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/**
	 * SQL state class 08, "connection exception", in the SQL standard; or the pool's
	 * stand-in for a connection it closed because the database failed under it (which
	 * throws without a state, typically while rolling back).
	 */
	private static boolean isConnectionState(Throwable cause) {
		if (!(cause instanceof SQLException sql)) {
			return false;
		}
		if (sql.getSQLState() != null) {
			return sql.getSQLState().startsWith("08");
		}
		StackTraceElement[] trace = sql.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith(CLOSED_POOL_CONNECTION);
	}

	/**
	 * The value, or empty when the database cannot be reached; any other failure still
	 * fails.
	 */
	public static <T> Optional<T> unlessUnavailable(Supplier<Optional<T>> read) {
		try {
			return read.get();
		}
		catch (RuntimeException ex) {
			if (causedBy(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
