package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue, the results announcement, the outcome, the download and the account
 * deletion on a real PostgreSQL server: their SQL is written by hand, so it is run on the
 * database production uses.
 */
@PostgresTest
class ReviewPostgresIT {

	@Autowired
	AnswerReviewService reviews;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ResultsAnnouncer announcer;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient sql;

	@Autowired
	DemoUsers demo;

	@Test
	void reviewAnnounceOutcomeDownloadAndDeletion_workOnPostgres() {
		String unique = String.valueOf(System.nanoTime());
		ConsultationRows rows = new ConsultationRows(sql);
		TestResident resident = TestResident.signIn(context, "Postgres Bewoner");
		Long me = resident.accountId();
		Long consultation = rows.consultation("Op Postgres " + unique, false, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().minus(Duration.ofMinutes(1)));
		Long open = rows.question(consultation, 1, QuestionKind.LONG_TEXT, "Wat kan er beter?");
		Long where = rows.question(consultation, 2, QuestionKind.PLACE, "Waar?");
		UUID response = rows.response(consultation, me, true, Instant.now().minus(Duration.ofDays(2)));
		Long text = rows.text(response, open, "Meer bankjes " + unique);
		Long place = rows.place(response, where, 51.913, 4.313, "Bij de kerk", "Donker " + unique);

		List<AnswerToReview> waiting = demo.as("moderator", () -> reviews.pending(0, 100, Languages.DUTCH))
			.answers()
			.stream()
			.filter(answer -> answer.consultationId().equals(consultation))
			.toList();
		assertThat(waiting).extracting(AnswerToReview::answerId).containsExactlyInAnyOrder(text, place);
		assertThat(waiting).filteredOn(AnswerToReview::hasPin).singleElement().satisfies(answer -> {
			assertThat(answer.latitude()).isEqualTo(51.913);
			assertThat(answer.answeredHour()).isNotNull();
		});
		demo.run("moderator", () -> {
			reviews.showRedacted(text, 0, "Meer bankjes");
			reviews.hide(place, 0, "");
		});
		assertThat(rows.count(
				"select count(*) from audit_entry where subject_type = 'consultationAnswer' and subject_id in (?, ?)",
				text, place))
			.isEqualTo(2);

		assertThat(announcer.announceDue()).isPositive();
		assertThat(announcer.announceDue()).isZero();
		demo.run("beheerder",
				() -> outcomes.publish(consultation, new OutcomeInput("Er komen bankjes.", "", List.of())));
		assertThat(outcomes.outcome(consultation, Languages.ENGLISH).orElseThrow().text())
			.isEqualTo("Er komen bankjes.");

		assertThat(resident.notices()).extracting(NoticeView::messageKey)
			.containsExactlyInAnyOrder("notice.consultation.results", "notice.consultation.outcome");
		assertThat(resident.myData()).contains("Op Postgres " + unique, "Meer bankjes " + unique, "Bij de kerk");

		accounts.deleteMyAccount();

		assertThat(rows.count("select count(*) from consultation_response where consultation_id = ?", consultation))
			.isZero();
		assertThat(rows.count("select count(*) from consultation_marker where consultation_id = ?", consultation))
			.isZero();
	}

}
