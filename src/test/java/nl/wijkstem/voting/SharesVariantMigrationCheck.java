package nl.wijkstem.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Migration V63 on a database holding rounds from before it: a round that used Equal
 * Shares keeps the variant it was counted with (by number of supporters), the others get
 * none. Run on H2 ({@code SharesVariantMigrationTest}) and on PostgreSQL
 * ({@code PostgresMigrationIT}).
 */
public final class SharesVariantMigrationCheck {

	private SharesVariantMigrationCheck() {
	}

	/**
	 * @param empty a database without any tables
	 */
	public static void oldRoundsKeepTheirRules(DataSource empty) {
		Flyway.configure().dataSource(empty).target("62").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(empty);
		insertRound(jdbc, "Gelijke Delen", "BUDGET", true);
		insertRound(jdbc, "Meeste stemmen", "BUDGET", false);
		insertRound(jdbc, "Steun", "SUPPORT", false);

		Flyway.configure().dataSource(empty).target("63").load().migrate();

		Map<String, String> variants = jdbc.queryForList("select title_nl, shares_variant from voting_round")
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("title_nl"),
					row -> String.valueOf(row.get("shares_variant"))));
		assertThat(variants).containsExactlyInAnyOrderEntriesOf(
				Map.of("Gelijke Delen", "BY_SUPPORTERS", "Meeste stemmen", "null", "Steun", "null"));
		// a variant only where a budget decides, and only a known one
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> jdbc.update("update voting_round set shares_variant = 'COST_ADD1' where title_nl = ?", "Steun"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
			.update("update voting_round set shares_variant = 'ADD2' where title_nl = ?", "Meeste stemmen"));
	}

	private static void insertRound(JdbcTemplate jdbc, String title, String kind, boolean equalShares) {
		Timestamp at = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));
		jdbc.update("""
				insert into voting_round (version, title_nl, title_en, explanation_nl, explanation_en,
				    ballot_chosen_at, voting_opens_at, voting_closes_at, results_at, ballot_kind, winners, budget,
				    min_spend_percent, live_results, equal_shares, tie_break, created_at)
				values (0, ?, ?, 'Uitleg van de ronde', 'Explanation', ?, ?, ?, ?, ?, ?, ?, 0, false, ?,
				    'EARLIER_SUBMITTED', ?)""", title, title, at, at, Timestamp.from(at.toInstant().plusSeconds(60)),
				Timestamp.from(at.toInstant().plusSeconds(120)), kind, "BUDGET".equals(kind) ? null : 3,
				"BUDGET".equals(kind) ? 100_000L : null, equalShares, at);
	}

}
