package nl.wijkstem.voting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.Translator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ballots still linked to a person (until the retention period after the results has
 * passed), with what they chose, for their download of "my data". Only they see it.
 */
@Component
class BallotsPersonalData implements PersonalDataSource {

	private final JdbcClient sql;

	private final RoundReader reader;

	BallotsPersonalData(JdbcClient sql, RoundReader reader) {
		this.sql = sql;
		this.reader = reader;
	}

	@Override
	public String section() {
		return "ballots";
	}

	@Override
	public List<PersonalDataCount> counts(Long accountId) {
		Long ballots = sql.sql("select count(*) from ballot where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
		return List.of(new PersonalDataCount("myData.kept.ballots", ballots, "vote"));
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
		List<BallotRow> ballots = sql
			.sql("select id, round_id, submitted_at, total_cost from ballot where account_id = ? order by submitted_at")
			.param(accountId)
			.query((row, number) -> new BallotRow(row.getLong(1), row.getLong(2), row.getTimestamp(3).toInstant(),
					row.getLong(4)))
			.list();
		Map<Long, List<Long>> votes = sql
			.sql("select v.ballot_id, v.item_id from ballot_vote v join ballot b on b.id = v.ballot_id "
					+ "where b.account_id = ?")
			.param(accountId)
			.query((row, number) -> new long[] { row.getLong(1), row.getLong(2) })
			.list()
			.stream()
			.collect(Collectors.groupingBy(vote -> vote[0], Collectors.mapping(vote -> vote[1], Collectors.toList())));
		return ballots.stream().map(ballot -> {
			VotingRound round = reader.round(ballot.roundId());
			Map<Long, BallotEntry> entries = reader.entriesById(ballot.roundId());
			List<String> chosen = votes.getOrDefault(ballot.id(), List.of())
				.stream()
				.map(entries::get)
				.map(entry -> entry == null ? "" : entry.title())
				.toList();
			return new BallotRecord(round.title(words.locale()), ballot.submittedAt(), chosen, ballot.totalCost());
		}).toList();
	}

	private record BallotRow(long id, long roundId, Instant submittedAt, long totalCost) {
	}

	/**
	 * One ballot: the round, when it was last submitted, and the ideas or groups chosen.
	 */
	record BallotRecord(String round, Instant submittedAt, List<String> chose, long totalCost) {
	}

}
