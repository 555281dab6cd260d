package nl.wijkstem.idea;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with many realistic-looking published ideas, supports and comments,
 * straight through JDBC batches. For benchmarks and for tests that compare the work a
 * page costs at different data sizes; never part of the application.
 */
public class IdeaBulkSeeder {

	private static final String[] SUBJECTS = { "speeltuin", "bankjes", "bomen", "fietspad", "lantaarnpalen",
			"afvalbakken", "zebrapad", "moestuin", "sportveld", "hondenuitlaatplek", "parkeerplaatsen", "geveltuinen",
			"buurthuis", "huiswerkklas", "taalcafé", "wandelpad", "drinkwaterkraan", "muurschildering", "stoeptegels",
			"bushalte", "playground", "benches", "streetlights", "bike lanes", "litter bins" };

	private static final String[] PLACES = { "bij de Krabbeplas", "in het Marnixplantsoen",
			"aan de Floris de Vijfdelaan", "bij de metrohalte", "achter de flats", "bij de basisschool",
			"aan de Van Hogendorplaan", "bij het winkelcentrum", "in het Westwijkpark", "langs de Marathonweg" };

	private static final String[] WISHES = { "Graag meer", "Nieuwe", "Betere", "Veilige", "Schone", "Extra" };

	private static final String FILLER = "Veel buren hebben hier last van en praten er vaak over. "
			+ "Als dit wordt opgepakt, wordt de wijk fijner voor kinderen, ouders en ouderen. "
			+ "Ik help graag mee om het te organiseren.";

	private final JdbcTemplate jdbc;

	private final Random random = new Random(2026);

	public IdeaBulkSeeder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param marker a word that starts every seeded title, so callers can find them
	 */
	public Result seed(String marker, int ideaCount, int supportsPerIdea, int commentsPerIdea, int residentCount) {
		List<Long> residents = residents(marker, residentCount);
		Instant now = Instant.now();
		List<Object[]> ideaRows = new ArrayList<>(ideaCount);
		for (int i = 0; i < ideaCount; i++) {
			String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
			String title = marker + " " + WISHES[random.nextInt(WISHES.length)] + " " + subject + " "
					+ PLACES[random.nextInt(PLACES.length)];
			String description = "Ik zou graag " + subject + " zien " + PLACES[random.nextInt(PLACES.length)] + ". "
					+ FILLER;
			Timestamp published = Timestamp.from(now.minus(Duration.ofMinutes(ideaCount - i)));
			ideaRows.add(new Object[] { residents.get(random.nextInt(residents.size())), title, description,
					supportsPerIdea, commentsPerIdea, published, published, published, published });
		}
		jdbc.batchUpdate("""
				insert into idea (version, author_id, title, description, place_kind, status, reviewed,
				support_count, comment_count, created_at, updated_at, submitted_at, published_at)
				values (0, ?, ?, ?, 'OTHER', 'PUBLISHED', true, ?, ?, ?, ?, ?, ?)""", ideaRows, 5000,
				(statement, row) -> {
					for (int column = 0; column < row.length; column++) {
						statement.setObject(column + 1, row[column]);
					}
				});
		List<Long> ideaIds = jdbc.queryForList("select id from idea where title like ? order by id", Long.class,
				marker + " %");
		seedSupports(ideaIds, residents, supportsPerIdea, now);
		seedComments(ideaIds, residents, commentsPerIdea, now);
		return new Result(ideaIds, residents);
	}

	/**
	 * Files the ideas seeded with this marker as moderators would: ideas about the same
	 * subject under the same goal and theme, every third subject with a second theme.
	 * @return how many ideas were filed
	 */
	public int file(String marker, List<Long> goalIds, List<Long> themeIds) {
		List<Object[]> goals = new ArrayList<>();
		List<Object[]> themes = new ArrayList<>();
		jdbc.query("select id, title from idea where title like ? order by id", row -> {
			long id = row.getLong(1);
			int subject = subjectOf(row.getString(2));
			goals.add(new Object[] { goalIds.get(subject % goalIds.size()), id });
			themes.add(new Object[] { id, themeIds.get(subject % themeIds.size()) });
			if (subject % 3 == 0) {
				themes.add(new Object[] { id, themeIds.get((subject + 1) % themeIds.size()) });
			}
		}, marker + " %");
		jdbc.batchUpdate("update idea set goal_id = ? where id = ?", goals, 5000, IdeaBulkSeeder::setAll);
		jdbc.batchUpdate("insert into idea_theme (idea_id, theme_id) values (?, ?)", themes, 5000,
				IdeaBulkSeeder::setAll);
		return goals.size();
	}

	private static int subjectOf(String title) {
		for (int i = 0; i < SUBJECTS.length; i++) {
			if (title.contains(" " + SUBJECTS[i] + " ")) {
				return i;
			}
		}
		throw new IllegalArgumentException("No seeded subject in " + title);
	}

	private static void setAll(PreparedStatement statement, Object[] row) throws SQLException {
		for (int column = 0; column < row.length; column++) {
			statement.setObject(column + 1, row[column]);
		}
	}

	/** Files the ideas under a programme goal, as a moderator would. */
	public void fileUnder(List<Long> ideaIds, Long goalId) {
		jdbc.batchUpdate("update idea set goal_id = ? where id = ?",
				ideaIds.stream().map(id -> new Object[] { goalId, id }).toList(), 5000, (statement, row) -> {
					statement.setObject(1, row[0]);
					statement.setObject(2, row[1]);
				});
	}

	private List<Long> residents(String marker, int count) {
		List<Object[]> rows = new ArrayList<>(count);
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { marker + "-" + i, "Bewoner " + i, now, now });
		}
		jdbc.batchUpdate("""
				insert into account (version, issuer, subject_hash, display_name, created_at, last_sign_in_at)
				values (0, 'bulk-seed', ?, ?, ?, ?)""", rows);
		return jdbc.queryForList("select id from account where subject_hash like ? order by id", Long.class,
				marker + "-%");
	}

	private void seedSupports(List<Long> ideaIds, List<Long> residents, int perIdea, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> batch = new ArrayList<>();
		for (Long idea : ideaIds) {
			int start = random.nextInt(residents.size());
			for (int s = 0; s < perIdea; s++) {
				batch.add(new Object[] { idea, residents.get((start + s) % residents.size()), at });
			}
			if (batch.size() >= 20_000) {
				insertSupports(batch);
			}
		}
		insertSupports(batch);
	}

	private void insertSupports(List<Object[]> batch) {
		jdbc.batchUpdate("insert into idea_support (idea_id, account_id, created_at) values (?, ?, ?)", batch);
		batch.clear();
	}

	private void seedComments(List<Long> ideaIds, List<Long> residents, int perIdea, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> batch = new ArrayList<>();
		for (Long idea : ideaIds) {
			for (int c = 0; c < perIdea; c++) {
				batch.add(new Object[] { idea, residents.get(random.nextInt(residents.size())),
						"Goed idee, dat zou echt helpen in de buurt.", at });
			}
			if (batch.size() >= 20_000) {
				insertComments(batch);
			}
		}
		insertComments(batch);
	}

	private void insertComments(List<Object[]> batch) {
		jdbc.batchUpdate("""
				insert into idea_comment (version, idea_id, author_id, body, deleted, created_at)
				values (0, ?, ?, ?, false, ?)""", batch);
		batch.clear();
	}

	public record Result(List<Long> ideaIds, List<Long> residentIds) {
	}

	/**
	 * Takes out everything seeded with these markers (ideas with their supports, comments
	 * and reports, groups, residents), so that tests sharing the database see it as it
	 * was.
	 */
	public static void remove(JdbcTemplate jdbc, String... markers) {
		for (String marker : markers) {
			jdbc.update("delete from idea_group where name like ?", marker + " %");
			jdbc.update("delete from idea where title like ?", marker + " %");
			jdbc.update("delete from account where issuer = 'bulk-seed' and subject_hash like ?", marker + "-%");
		}
	}

}
