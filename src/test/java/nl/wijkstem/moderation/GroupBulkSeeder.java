package nl.wijkstem.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gathers many ideas into groups straight through JDBC, for benchmarks and for tests that
 * compare the work a page costs at different data sizes.
 */
public class GroupBulkSeeder {

	private final JdbcTemplate jdbc;

	public GroupBulkSeeder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Puts the ideas, in their order, into groups of {@code perGroup} under the goal.
	 * @param marker a word that starts every group's name
	 * @return the new groups' ids
	 */
	public List<Long> seed(String marker, Long goalId, List<Long> ideaIds, int perGroup) {
		Timestamp now = Timestamp.from(Instant.now());
		int groupCount = (ideaIds.size() + perGroup - 1) / perGroup;
		List<Object[]> groups = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			groups.add(new Object[] { goalId, marker + " bundel " + g,
					"Ideeën die op elkaar lijken, samen in bundel " + g + ".", now, now });
		}
		jdbc.batchUpdate("""
				insert into idea_group (version, goal_id, name, summary, created_at, updated_at)
				values (0, ?, ?, ?, ?, ?)""", groups);
		List<Long> groupIds = jdbc.queryForList(
				"select id from idea_group where goal_id = ? and name like ? order by id", Long.class, goalId,
				marker + " bundel %");
		List<Object[]> members = new ArrayList<>();
		for (int i = 0; i < ideaIds.size(); i++) {
			members.add(new Object[] { ideaIds.get(i), groupIds.get(i / perGroup), now });
		}
		jdbc.batchUpdate("insert into idea_group_member (idea_id, group_id, added_at) values (?, ?, ?)", members);
		return groupIds;
	}

}
