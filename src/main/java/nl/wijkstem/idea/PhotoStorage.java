package nl.wijkstem.idea;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Photo files, in the database under random names: written and removed in the transaction
 * of the photo's row, so a refused or interrupted change leaves no file behind and a
 * removed photo is gone from every node and every backup taken after. They are only ever
 * served through the checked photo address. A re-encoded photo is at most 1600 pixels a
 * side, a few hundred kilobytes, so it is read whole.
 */
@Component
class PhotoStorage {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PhotoStorage(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String newName(String extension) {
		return UUID.randomUUID() + "." + extension;
	}

	/**
	 * Part of the caller's transaction, after the photo's row is written: the file
	 * belongs to that row and goes when it goes.
	 */
	void store(String name, byte[] bytes) {
		jdbc.update("insert into photo_content (name, bytes, stored_at) values (?, ?, ?)", name, bytes,
				Timestamp.from(clock.instant()));
	}

	Optional<byte[]> read(String name) {
		List<byte[]> found = jdbc.query("select bytes from photo_content where name = ?",
				(row, index) -> row.getBytes(1), name);
		return found.stream().findFirst();
	}

	boolean holds(String name) {
		Integer count = jdbc.queryForObject("select count(*) from photo_content where name = ?", Integer.class, name);
		return count != null && count > 0;
	}

	void delete(String name) {
		jdbc.update("delete from photo_content where name = ?", name);
	}

}
