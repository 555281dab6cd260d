package nl.wijkstem.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Once the database could not be reached, the next connection requests within a short
 * window fail at once instead of each waiting the pool's full connection timeout. A page
 * that touches the database several times then says "temporarily unavailable" after one
 * timeout, not after several; after the window the next request tries again, so Wijkstem
 * recovers by itself.
 */
final class FailFastDataSource extends DelegatingDataSource {

	static final Duration WINDOW = Duration.ofSeconds(2);

	private volatile long unreachableUntil = System.nanoTime();

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private Connection connect(ConnectionRequest request) throws SQLException {
		if (System.nanoTime() - unreachableUntil < 0) {
			throw new SQLTransientConnectionException("The database could not be reached a moment ago");
		}
		try {
			return request.get();
		}
		catch (SQLException ex) {
			if (DatabaseOutage.causedBy(ex)) {
				unreachableUntil = System.nanoTime() + WINDOW.toNanos();
			}
			throw ex;
		}
	}

	private interface ConnectionRequest {

		Connection get() throws SQLException;

	}

	/** Puts every data source of the application behind the window. */
	@Component
	static class Wrapping implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
					? new FailFastDataSource(pool) : bean;
		}

	}

}
