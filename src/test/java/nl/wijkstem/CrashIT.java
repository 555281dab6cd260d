package nl.wijkstem;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.crash.AcknowledgingWriter;
import nl.wijkstem.crash.ChildApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a resident was told is saved may be lost when the server process dies: the real
 * application ({@link AcknowledgingWriter}, in a JVM of its own) casts ballots and takes
 * in ideas as fast as it can; after {@value #BALLOTS_BEFORE_THE_KILL} acknowledged
 * ballots it is killed with SIGKILL ({@code kill -9}: no shutdown hook, no pool closing,
 * no flush) in the middle of its writes, started again on the same data, and the database
 * must hold every acknowledged ballot, complete, once, and every acknowledged idea. On
 * the default H2 database with the URL of application.yml, and on PostgreSQL.
 * <p>
 * {@code -Dcrash.h2.writeDelay=500} runs the H2 case with H2's own default write delay
 * instead, to see the test fail (docs/operations.md, Data safety).
 */
class CrashIT {

	/** Enough writes that the kill lands in the middle of steady traffic. */
	private static final int BALLOTS_BEFORE_THE_KILL = 200;

	/** Booting the application and writing the ballots, on a busy machine. */
	private static final Duration WRITER_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(3);

	@Test
	void killedApplication_onTheDefaultH2Database_losesNoAcknowledgedBallotOrIdea(@TempDir Path directory)
			throws Exception {
		List<String> arguments = new ArrayList<>();
		int writeDelay = Integer.getInteger("crash.h2.writeDelay", 0);
		if (writeDelay != 0) {
			arguments.add("--spring.datasource.url=jdbc:h2:file:./data/wijkstem;WRITE_DELAY=" + writeDelay
					+ ";DB_CLOSE_ON_EXIT=FALSE");
		}
		// otherwise the URL application.yml ships with, relative to the working directory
		String url = "jdbc:h2:file:" + directory.resolve("data/wijkstem").toAbsolutePath();

		Outcome outcome = writeKillAndRestart("h2", directory, "demo", arguments);

		try (Connection database = DriverManager.getConnection(url, "sa", "")) {
			outcome.assertNothingLost(database);
		}
	}

	@Test
	void killedApplication_onPostgres_losesNoAcknowledgedBallotOrIdea(@TempDir Path directory) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");

			Outcome outcome = writeKillAndRestart("postgres", directory, "postgres,demo",
					List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres"));

			try (Connection database = DriverManager.getConnection(url, "postgres", "")) {
				outcome.assertNothingLost(database);
			}
		}
	}

	private static Outcome writeKillAndRestart(String name, Path directory, String profiles, List<String> arguments)
			throws Exception {
		List<String> restart = new ArrayList<>(arguments);
		restart.add("--crash.mode=check");
		Instant start = Instant.now();
		Outcome outcome = new Outcome();
		Instant firstBallot = null;
		ChildApplication writer = startChild(directory, "writer", profiles, arguments);
		try {
			Instant deadline = Instant.now().plus(WRITER_TIMEOUT);
			while (outcome.ballots.size() < BALLOTS_BEFORE_THE_KILL) {
				String line = writer.next(deadline);
				assertThat(line)
					.as("%d ballots acknowledged before the writer stopped or timed out:%n%s", outcome.ballots.size(),
							writer.log())
					.isNotNull();
				outcome.read(line);
				if (firstBallot == null && !outcome.ballots.isEmpty()) {
					firstBallot = Instant.now();
				}
			}
			writer.kill();
			// what it acknowledged between the last count and the kill counts as well
			for (String line = writer.next(Instant.now().plusSeconds(10)); line != null; line = writer
				.next(Instant.now().plusSeconds(10))) {
				outcome.read(line);
			}
		}
		finally {
			writer.kill();
		}
		Instant killed = Instant.now();

		Instant up = null;
		ChildApplication restarted = startChild(directory, "restarted", profiles, restart);
		try {
			restarted.awaitLine("RESTARTED", RESTART_TIMEOUT);
			up = Instant.now();
			assertThat(restarted.stopsWithin(Duration.ofSeconds(60))).as("the restarted application stops").isTrue();
		}
		finally {
			restarted.kill();
		}
		System.out.printf(
				"CrashIT %s: started in %d s; %d ballots and %d ideas acknowledged in %d s, then killed; "
						+ "started again on the same data in %d s, stopped in %d s%n",
				name, Duration.between(start, firstBallot).toSeconds(), outcome.ballots.size(), outcome.ideas.size(),
				Duration.between(firstBallot, killed).toSeconds(), Duration.between(killed, up).toSeconds(),
				Duration.between(up, Instant.now()).toSeconds());
		return outcome;
	}

	private static ChildApplication startChild(Path directory, String name, String profiles, List<String> arguments)
			throws IOException {
		List<String> all = new ArrayList<>(List.of("--spring.profiles.active=" + profiles,
				// new residents are verified by the postcode their identity provider
				// asserts
				"--wijkstem.residency.claim=postcode", "--wijkstem.residency.postcodes=" + AcknowledgingWriter.POSTCODE,
				"--wijkstem.rate-limits.ideas=1000/1d"));
		all.addAll(arguments);
		return ChildApplication.start(AcknowledgingWriter.class, directory, name, all, Map.of());
	}

	/** What the writer acknowledged. */
	private static final class Outcome {

		private static final Pattern BALLOT = Pattern.compile("BALLOT \\d+ \\d+ \\d+(,\\d+)*");

		private static final Pattern IDEA = Pattern.compile("IDEA \\d+ \\d+");

		/** Round, account and the items of each acknowledged ballot. */
		private final List<String[]> ballots = new ArrayList<>();

		/** Id and author of each acknowledged idea. */
		private final List<String[]> ideas = new ArrayList<>();

		void read(String line) {
			if (BALLOT.matcher(line).matches()) {
				ballots.add(line.split(" "));
			}
			else if (IDEA.matcher(line).matches()) {
				ideas.add(line.split(" "));
			}
			// anything else is the application's own logging
		}

		void assertNothingLost(Connection database) throws Exception {
			List<String> lost = new ArrayList<>();
			try (PreparedStatement ballot = database
				.prepareStatement("select id from ballot where round_id = ? and account_id = ?");
					PreparedStatement votes = database
						.prepareStatement("select item_id from ballot_vote where ballot_id = ?");
					PreparedStatement idea = database
						.prepareStatement("select count(*) from idea where id = ? and author_id = ?")) {
				for (String[] acknowledged : ballots) {
					ballot.setLong(1, Long.parseLong(acknowledged[1]));
					ballot.setLong(2, Long.parseLong(acknowledged[2]));
					List<Long> ids = column(ballot);
					if (ids.size() != 1) {
						lost.add(String.join(" ", acknowledged) + ": " + ids.size() + " ballots stored");
						continue;
					}
					votes.setLong(1, ids.getFirst());
					Set<Long> stored = new TreeSet<>(column(votes));
					if (!AcknowledgingWriter.items(stored).equals(acknowledged[3])) {
						lost.add(String.join(" ", acknowledged) + ": stored items " + stored);
					}
				}
				for (String[] acknowledged : ideas) {
					idea.setLong(1, Long.parseLong(acknowledged[1]));
					idea.setLong(2, Long.parseLong(acknowledged[2]));
					if (column(idea).getFirst() != 1) {
						lost.add(String.join(" ", acknowledged) + ": not stored");
					}
				}
			}
			System.out.printf("CrashIT: %d of %d acknowledged ballots and ideas lost%n", lost.size(),
					ballots.size() + ideas.size());
			assertThat(ballots).hasSizeGreaterThanOrEqualTo(BALLOTS_BEFORE_THE_KILL);
			assertThat(ideas).isNotEmpty();
			assertThat(lost).as("acknowledged writes lost by the kill").isEmpty();
		}

		private static List<Long> column(PreparedStatement query) throws Exception {
			List<Long> values = new ArrayList<>();
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					values.add(result.getLong(1));
				}
			}
			return values;
		}

	}

}
