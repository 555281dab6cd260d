package nl.wijkstem.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wijkstem.base.DueClaims;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells those who answered a consultation that its results are out, once its results
 * moment has passed. The results themselves need nothing: they show from that moment on.
 * Each consultation is announced once, whichever node gets there first: the conditional
 * update that marks it is the claim, and the notices go out only after that committed.
 */
@Component
class ResultsAnnouncer {

	private static final Logger log = LoggerFactory.getLogger(ResultsAnnouncer.class);

	private final JdbcClient sql;

	private final RespondentAccounts respondents;

	private final ApplicationEventPublisher events;

	private final DueClaims claims;

	private final Clock clock;

	ResultsAnnouncer(JdbcClient sql, RespondentAccounts respondents, ApplicationEventPublisher events, DueClaims claims,
			Clock clock) {
		this.sql = sql;
		this.respondents = respondents;
		this.events = events;
		this.claims = claims;
		this.clock = clock;
	}

	/**
	 * @return how many consultations this call announced
	 */
	int announceDue() {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<Long> due = sql.sql("""
				select id from consultation
				where published_at is not null and results_at <= ? and results_announced_at is null
				order by results_at, id""").param(now).query(Long.class).list();
		return claims.claimEach("consultation", "results_announced_at", due, now, this::announce);
	}

	private boolean announce(Long consultationId) {
		String title = sql.sql("select title_nl from consultation where id = ?")
			.param(consultationId)
			.query(String.class)
			.single();
		events.publishEvent(new ConsultationResultsPublished(consultationId, title, respondents.of(consultationId)));
		log.info("Announced the results of consultation {}", consultationId);
		return true;
	}

	/** For tests: when the results were announced, or {@code null}. */
	Instant announcedAt(Long consultationId) {
		return sql.sql("select results_announced_at from consultation where id = ?")
			.param(consultationId)
			.query((row, number) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

}
