package nl.wijkstem.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Residents' ballots and their votes, in plain SQL: the explicit row lock and the batched
 * vote rows are what keeps one ballot per resident correct and fast under load. Callers
 * hold the transaction.
 */
@Component
class Ballots {

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	Ballots(JdbcClient sql, JdbcTemplate jdbc) {
		this.sql = sql;
		this.jdbc = jdbc;
	}

	/**
	 * Locks the resident's ballot in the round until the transaction ends.
	 * @return its id, or empty when the resident has not voted yet
	 */
	Optional<Long> lock(Long roundId, Long accountId) {
		return sql.sql("select id from ballot where round_id = ? and account_id = ? for update")
			.params(roundId, accountId)
			.query(Long.class)
			.optional();
	}

	/**
	 * A first ballot.
	 * @throws org.springframework.dao.DuplicateKeyException when another submission of
	 * the same resident inserted one first
	 */
	Long insert(Long roundId, Long accountId, Set<Long> itemIds, long totalCost, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		sql.sql("insert into ballot (version, round_id, account_id, submitted_at, total_cost) values (0, ?, ?, ?, ?)")
			.params(roundId, accountId, Timestamp.from(now), totalCost)
			.update(key, "id");
		Long ballotId = key.getKeyAs(Long.class);
		insertVotes(ballotId, itemIds);
		return ballotId;
	}

	/**
	 * Replaces the votes of a ballot whose id is known: the update comes first, so it
	 * takes the row lock before the votes change.
	 * @return {@code false}, changing nothing, when the ballot is not (or no longer) this
	 * account's
	 */
	boolean replaceKnown(Long ballotId, Long accountId, Set<Long> itemIds, long totalCost, Instant now) {
		int updated = sql.sql(
				"update ballot set submitted_at = ?, total_cost = ?, version = version + 1 where id = ? and account_id = ?")
			.params(Timestamp.from(now), totalCost, ballotId, accountId)
			.update();
		if (updated == 0) {
			return false;
		}
		sql.sql("delete from ballot_vote where ballot_id = ?").param(ballotId).update();
		insertVotes(ballotId, itemIds);
		return true;
	}

	/** Replaces a locked ballot's votes. */
	void replace(Long ballotId, Set<Long> itemIds, long totalCost, Instant now) {
		sql.sql("delete from ballot_vote where ballot_id = ?").param(ballotId).update();
		insertVotes(ballotId, itemIds);
		sql.sql("update ballot set submitted_at = ?, total_cost = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(now), totalCost, ballotId)
			.update();
	}

	private void insertVotes(Long ballotId, Set<Long> itemIds) {
		List<Object[]> rows = itemIds.stream().map(item -> new Object[] { ballotId, item }).toList();
		jdbc.batchUpdate("insert into ballot_vote (ballot_id, item_id) values (?, ?)", rows);
	}

	Optional<StoredBallot> find(Long roundId, Long accountId) {
		return sql.sql("select id, submitted_at, total_cost from ballot where round_id = ? and account_id = ?")
			.params(roundId, accountId)
			.query((row, number) -> new StoredBallot(row.getLong(1), row.getTimestamp(2).toInstant(), row.getLong(3),
					new TreeSet<>()))
			.optional()
			.map(ballot -> {
				ballot.itemIds()
					.addAll(sql.sql("select item_id from ballot_vote where ballot_id = ?")
						.param(ballot.id())
						.query(Long.class)
						.list());
				return ballot;
			});
	}

	long ballotsCast(Long roundId) {
		return sql.sql("select count(*) from ballot where round_id = ?").param(roundId).query(Long.class).single();
	}

	/** Votes per ballot item, counted from the stored votes. */
	Map<Long, Integer> votesPerItem(Long roundId) {
		Map<Long, Integer> counts = new HashMap<>();
		sql.sql("""
				select v.item_id, count(*) from ballot_vote v join ballot b on b.id = v.ballot_id
				where b.round_id = ? group by v.item_id""").param(roundId).query(row -> {
			counts.put(row.getLong(1), row.getInt(2));
		});
		return counts;
	}

	/** Every vote of the round, ordered by ballot, to the consumer as (ballot, item). */
	void eachVote(Long roundId, VoteSink consumer) {
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select v.ballot_id, v.item_id from ballot_vote v join ballot b on b.id = v.ballot_id
					where b.round_id = ? order by v.ballot_id""");
			statement.setLong(1, roundId);
			statement.setFetchSize(10_000);
			return statement;
		}, row -> {
			consumer.accept(row.getLong(1), row.getLong(2));
		});
	}

	/** Takes votes one row at a time, without boxing 13 million numbers. */
	@FunctionalInterface
	interface VoteSink {

		void accept(long ballotId, long itemId);

	}

	/**
	 * A cheap fingerprint of the round's ballots that changes whenever a vote does: every
	 * change of a ballot's votes raises its version, a new ballot raises the highest id,
	 * and ballots are never deleted (if one were, the count would drop, and only a new
	 * ballot, with a higher id, brings it back). The same on every node, as it is read
	 * from the database.
	 */
	BallotsState state(Long roundId) {
		return sql.sql("""
				select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from ballot where round_id = ?""")
			.param(roundId)
			.query((row, number) -> new BallotsState(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

	record BallotsState(long ballots, long highestId, long versions) {
	}

	/** Ballots whose stored total cost differs from the costs of their votes. */
	long ballotsWithWrongTotal(Long roundId) {
		return sql.sql("""
				select count(*) from ballot b where b.round_id = ? and b.total_cost <> coalesce((
				  select sum(coalesce(i.cost, 0)) from ballot_vote v join ballot_item i on i.id = v.item_id
				  where v.ballot_id = b.id), 0)""").param(roundId).query(Long.class).single();
	}

	/**
	 * Ballots that break the round's limits: over the budget or over the choice limit.
	 */
	long ballotsOverLimits(Long roundId, Long budget, Integer maxChoices) {
		long overBudget = budget == null ? 0
				: sql.sql("select count(*) from ballot where round_id = ? and total_cost > ?")
					.params(roundId, budget)
					.query(Long.class)
					.single();
		long overChoices = maxChoices == null ? 0
				: sql.sql("""
						select count(*) from ballot b where b.round_id = ?
						and (select count(*) from ballot_vote v where v.ballot_id = b.id) > ?""")
					.params(roundId, maxChoices)
					.query(Long.class)
					.single();
		return overBudget + overChoices;
	}

	/** Votes on items of another round: never, unless the data was tampered with. */
	long votesOutsideTheirRound(Long roundId) {
		return sql.sql("""
				select count(*) from ballot_vote v join ballot b on b.id = v.ballot_id
				join ballot_item i on i.id = v.item_id where b.round_id = ? and i.round_id <> b.round_id""")
			.param(roundId)
			.query(Long.class)
			.single();
	}

	long ballotsLinkedToAccounts(Long roundId) {
		return sql.sql("select count(*) from ballot where round_id = ? and account_id is not null")
			.param(roundId)
			.query(Long.class)
			.single();
	}

	/** Removes the link between the round's ballots and accounts; the votes stay. */
	int anonymise(Long roundId) {
		return sql.sql("update ballot set account_id = null, version = version + 1 where round_id = ?")
			.param(roundId)
			.update();
	}

	/**
	 * @param itemIds the items voted for
	 */
	record StoredBallot(Long id, Instant submittedAt, long totalCost, Set<Long> itemIds) {
	}

}
