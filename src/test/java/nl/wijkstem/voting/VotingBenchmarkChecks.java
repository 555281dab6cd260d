package nl.wijkstem.voting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.support.SignedInCrowd;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.Timing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance targets of the voting issue: ballot submissions per second through the
 * service layer with 200 concurrent voters, beside the rate of bare SQL inserts of the
 * same rows in the same run; and the results of a round with 100,000 ballots over 200
 * ideas. Run on H2 and PostgreSQL by the subclasses; prints a table and writes it to
 * {@code target/benchmark-voting-<database>.md}.
 */
// production runs without Hibernate's statistics, which the test profile switches on
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=false")
abstract class VotingBenchmarkChecks extends VotingTest {

	static final int VOTERS = 200;

	static final int SUBMISSIONS_PER_VOTER = 20;

	static final int BALLOT_ITEMS = 20;

	static final int CHOICES = 5;

	static final int RESULT_BALLOTS = 100_000;

	static final int RESULT_IDEAS = 200;

	@Autowired
	VotingRoundRepository roundRepository;

	@Autowired
	BallotItemRepository itemRepository;

	@Autowired
	AccountService accounts;

	private final Random random = new Random(42);

	abstract String database();

	@Test
	void ballotSubmissions_andResults() throws Exception {
		String marker = "Stembank" + System.nanoTime();
		List<Long> ideaIds = new IdeaBulkSeeder(jdbc).seed(marker, RESULT_IDEAS + BALLOT_ITEMS, 0, 0, 1).ideaIds();
		demo.signIn("beheerder");
		Long submitRound = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100_000));
		Long bareRound = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100_000));
		Long resultsRound = rounds.create(VotingFixtures.budgetRound(clock.instant(), 1_000_000));
		List<Long> items = new ArrayList<>();
		for (int i = 0; i < BALLOT_ITEMS; i++) {
			items.add(rounds.addIdea(submitRound, ideaIds.get(i), 1_000L + i * 500));
		}
		List<Long> resultItems = new ArrayList<>();
		for (int i = 0; i < RESULT_IDEAS; i++) {
			resultItems
				.add(rounds.addIdea(resultsRound, ideaIds.get(BALLOT_ITEMS + i), 5_000L + random.nextInt(46) * 1_000L));
		}
		SignIn.out();
		List<Authentication> voters = voters(marker);
		clock.moveBy(Duration.ofHours(2));

		Map<String, String> table = new LinkedHashMap<>();
		List<List<Set<Long>>> plans = new ArrayList<>();
		for (int voter = 0; voter < VOTERS; voter++) {
			List<Set<Long>> plan = new ArrayList<>();
			for (int s = 0; s < SUBMISSIONS_PER_VOTER; s++) {
				plan.add(choose(items, CHOICES));
			}
			plans.add(plan);
		}
		// warm-up, untimed: every voter casts a first ballot and changes it four times
		SignedInCrowd.secondsUntilAllDone(voters, voters.size(), voter -> {
			for (Set<Long> ballot : plans.get(voter).subList(0, 5)) {
				voting.cast(submitRound, ballot);
			}
			return null;
		});
		double serviceSeconds = SignedInCrowd.secondsUntilAllDone(voters, voters.size(), voter -> {
			for (Set<Long> ballot : plans.get(voter)) {
				voting.cast(submitRound, ballot);
			}
			return null;
		});
		double bareSeconds = SignedInCrowd.secondsUntilAllDone(voters, voters.size(), voter -> {
			for (Set<Long> ballot : plans.get(voter)) {
				transaction.executeWithoutResult(status -> bareInsert(bareRound, ballot));
			}
			return null;
		});
		int submissions = VOTERS * SUBMISSIONS_PER_VOTER;
		double serviceRate = submissions / serviceSeconds;
		double bareRate = submissions / bareSeconds;
		table.put("ballot submissions through VotingService.cast (200 voters, each replacing its ballot 20 times)",
				String.format("%.0f ballots/s (%d in %.2f s)", serviceRate, submissions, serviceSeconds));
		table.put("bare SQL inserts of the same rows (ballot + 5 votes, one transaction each, 200 threads)",
				String.format("%.0f ballots/s (%d in %.2f s)", bareRate, submissions, bareSeconds));
		table.put("ratio service / bare inserts", String.format("%.2f", serviceRate / bareRate));
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, submitRound))
			.isEqualTo(VOTERS);

		long seedStart = System.nanoTime();
		seedResultBallots(resultsRound, resultItems);
		table.put("seeding 100,000 ballots over 200 ideas (JDBC batches, untimed for the target)",
				String.format("%.1f s", (System.nanoTime() - seedStart) / 1e9));
		VotingRound round = roundRepository.findById(resultsRound).orElseThrow();
		List<BallotItem> onBallot = itemRepository.findByRoundIdOrderByPositionAscIdAsc(resultsRound);
		double[] both = Timing.percentiles(2, 5, () -> results.countNow(round, onBallot));
		results.count(round, onBallot);
		double[] cached = Timing.percentiles(2, 5, () -> results.count(round, onBallot));
		double[] greedyOnly = Timing.percentiles(2, 5, () -> {
			Map<Long, Integer> votes = new Ballots(org.springframework.jdbc.core.simple.JdbcClient.create(jdbc), jdbc)
				.votesPerItem(resultsRound);
			return Tally.greedy(ResultsService.candidates(round, onBallot, votes), 1_000_000);
		});
		table.put("results of 100,000 ballots over 200 ideas: count + greedy (p50 / max of 5)",
				String.format("%.0f ms / %.0f ms", greedyOnly[0], greedyOnly[2]));
		table.put("results of 100,000 ballots over 200 ideas: count + greedy + Equal Shares (p50 / max of 5)",
				String.format("%.0f ms / %.0f ms", both[0], both[2]));
		table.put("results again, no ballot changed: the cached count (p50 / max of 5)",
				String.format("%.1f ms / %.1f ms", cached[0], cached[2]));
		ResultsService.Outcome outcome = results.count(round, onBallot);
		table.put("ideas chosen: greedy / Equal Shares", outcome.byVotes().size() + " / " + outcome.byShares().size());
		report(table);
	}

	private List<Authentication> voters(String marker) {
		List<Authentication> voters = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> verified = new ArrayList<>();
		for (int i = 0; i < VOTERS; i++) {
			Authentication voter = ResidencyTestSupport.signIn(events, marker + "-voter-" + i, "Stemmer " + i,
					Map.of());
			Long account = accounts.currentAccountId().orElseThrow();
			verified.add(new Object[] { account, account, now });
			voters.add(voter);
		}
		SecurityContextHolder.clearContext();
		jdbc.batchUpdate("""
				insert into residency (version, account_id, active_account_id, method, verified_at)
				values (0, ?, ?, 'IN_PERSON', ?)""", verified);
		return voters;
	}

	private Set<Long> choose(List<Long> from, int count) {
		Set<Long> chosen = new LinkedHashSet<>();
		while (chosen.size() < count) {
			chosen.add(from.get(random.nextInt(from.size())));
		}
		return chosen;
	}

	private void bareInsert(Long roundId, Set<Long> ballot) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"insert into ballot (version, round_id, account_id, submitted_at, total_cost) values (0, ?, null, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, roundId);
			statement.setTimestamp(2, Timestamp.from(Instant.now()));
			statement.setLong(3, 5_000);
			return statement;
		}, key);
		Long ballotId = key.getKeyAs(Long.class);
		jdbc.batchUpdate("insert into ballot_vote (ballot_id, item_id) values (?, ?)",
				ballot.stream().map(item -> new Object[] { ballotId, item }).toList());
	}

	/** 100,000 ballots with 1 to 8 ideas each, popular ideas chosen more often. */
	private void seedResultBallots(Long roundId, List<Long> items) {
		Timestamp now = Timestamp.from(Instant.now());
		int batch = 5_000;
		for (int start = 0; start < RESULT_BALLOTS; start += batch) {
			List<Object[]> ballots = new ArrayList<>();
			for (int i = 0; i < batch; i++) {
				ballots.add(new Object[] { roundId, now });
			}
			jdbc.batchUpdate("""
					insert into ballot (version, round_id, account_id, submitted_at, total_cost)
					values (0, ?, null, ?, 0)""", ballots);
			List<Long> ids = jdbc.queryForList(
					"select id from ballot where round_id = ? order by id desc fetch first " + batch + " rows only",
					Long.class, roundId);
			List<Object[]> votes = new ArrayList<>();
			for (Long ballot : ids) {
				Set<Long> chosen = new LinkedHashSet<>();
				int size = 1 + random.nextInt(8);
				while (chosen.size() < size) {
					// squaring skews the choice towards the first ideas
					double skewed = Math.pow(random.nextDouble(), 2);
					chosen.add(items.get((int) (skewed * items.size())));
				}
				chosen.forEach(item -> votes.add(new Object[] { ballot, item }));
			}
			jdbc.batchUpdate("insert into ballot_vote (ballot_id, item_id) values (?, ?)", votes);
		}
	}

	private void report(Map<String, String> table) {
		StringBuilder markdown = new StringBuilder("| measurement (" + database() + ") | result |\n|---|---|\n");
		table.forEach((name, value) -> markdown.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		System.out.println(markdown);
		try {
			Files.writeString(Path.of("target", "benchmark-voting-" + database() + ".md"), markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
