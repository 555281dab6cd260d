package nl.wijkstem.voting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.DueClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Says that voting opened, once per round. A round opens by the clock, not by anyone's
 * action, so a job ({@code VotingJobs}) looks for rounds whose opening passed. The
 * conditional update that marks a round is the claim, and {@link RoundOpened} is
 * published in its transaction, so exactly one node tells, and only after the mark
 * committed. A round that closed again before anyone looked (the application was down) is
 * marked without telling: "voting is open" would be untrue.
 */
@Service
public class RoundOpenings {

	private static final Logger log = LoggerFactory.getLogger(RoundOpenings.class);

	private final JdbcClient sql;

	private final ApplicationEventPublisher events;

	private final DueClaims claims;

	private final Clock clock;

	RoundOpenings(JdbcClient sql, ApplicationEventPublisher events, DueClaims claims, Clock clock) {
		this.sql = sql;
		this.events = events;
		this.claims = claims;
		this.clock = clock;
	}

	/**
	 * @return how many rounds this call announced as open
	 */
	@PermitAll // what is due is announced whoever asks; nothing is revealed or chosen
	public int announceDue() {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<Long> due = sql.sql("""
				select id from voting_round
				where voting_opens_at <= ? and opening_announced_at is null
				order by voting_opens_at, id""").param(now).query(Long.class).list();
		return claims.claimEach("voting_round", "opening_announced_at", due, now, roundId -> announce(roundId, now));
	}

	private boolean announce(Long roundId, OffsetDateTime now) {
		record Round(String title, OffsetDateTime closesAt) {
		}
		Round round = sql.sql("select title_nl, voting_closes_at from voting_round where id = ?")
			.param(roundId)
			.query((row, number) -> new Round(row.getString(1), row.getObject(2, OffsetDateTime.class)))
			.single();
		if (!now.isBefore(round.closesAt())) {
			return false;
		}
		events.publishEvent(new RoundOpened(roundId, round.title()));
		log.info("Announced that voting opened in round {}", roundId);
		return true;
	}

}
