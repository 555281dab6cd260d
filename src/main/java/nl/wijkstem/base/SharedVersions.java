package nl.wijkstem.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of what the application nodes keep in memory, stored in the database. A change
 * raises the version in its own transaction; a node compares the version it read with the
 * stored one before it trusts its memory, so a change made on any node is seen by all of
 * them, at the cost of one primary-key read.
 */
@Component
public class SharedVersions {

	public static final String RESIDENCY = "residency";

	public static final String PROGRAMME_OVERVIEW = "programme-overview";

	private final JdbcTemplate jdbc;

	SharedVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long current(String name) {
		Long version = jdbc.queryForObject("select version from shared_version where name = ?", Long.class, name);
		return version == null ? 0 : version;
	}

	/**
	 * Part of the caller's transaction: the raise is seen once the change is committed.
	 */
	@Transactional
	public void raise(String name) {
		jdbc.update("update shared_version set version = version + 1 where name = ?", name);
	}

}
