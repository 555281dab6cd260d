package nl.wijkstem.idea;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feed that keeps the search index of every application node in step: each change to
 * an idea's searchable words is written here in the transaction that made it, and every
 * node reads the feed and indexes those ideas again. Plain JDBC, so following the feed
 * stays out of the statement counts of the pages.
 */
@Component
class SearchChanges {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	SearchChanges(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
	}

	void record(Long ideaId, boolean purge) {
		jdbc.update("insert into search_change (idea_id, purge, changed_at) values (?, ?, ?)", ideaId, purge,
				Timestamp.from(clock.instant()));
	}

	long latest() {
		Long latest = jdbc.queryForObject("select max(id) from search_change", Long.class);
		return latest == null ? 0 : latest;
	}

	/**
	 * The changes after the given one, and also those of the last moments: a transaction
	 * that took its number earlier may commit after a later one was read.
	 */
	List<Change> since(long afterId, Instant alsoFrom) {
		return jdbc.query("select id, idea_id, purge from search_change where id > ? or changed_at >= ? order by id",
				(row, index) -> new Change(row.getLong("id"), row.getLong("idea_id"), row.getBoolean("purge")), afterId,
				Timestamp.from(alsoFrom));
	}

	int forgetBefore(Instant before) {
		return jdbc.update("delete from search_change where changed_at < ?", Timestamp.from(before));
	}

	/** The searchable words of those ideas that are listed and visible now. */
	List<IdeaText> visibleTexts(List<Long> ideaIds) {
		if (ideaIds.isEmpty()) {
			return List.of();
		}
		return named.query(
				"select id, title, description from idea where id in (:ids) and status in (:statuses) and hidden = false",
				Map.of("ids", ideaIds, "statuses", IdeaStatus.LISTED.stream().map(Enum::name).toList()),
				(row, index) -> new IdeaText(row.getLong("id"), row.getString("title"), row.getString("description")));
	}

	record Change(long id, long ideaId, boolean purge) {
	}

}
