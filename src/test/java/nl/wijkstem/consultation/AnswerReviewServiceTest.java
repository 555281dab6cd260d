package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Moderators read open answers and remarks in the moderation queue before anyone else
 * sees them, decide on each, and can make an idea of one; every decision is in the audit
 * trail, and the trail never repeats the resident's words.
 */
@ApplicationTest
class AnswerReviewServiceTest {

	@Autowired
	AnswerReviewService reviews;

	@Autowired
	JdbcClient sql;

	@Autowired
	DemoUsers demo;

	private ConsultationRows rows;

	private String unique;

	private Long consultation;

	private Long openQuestion;

	private Long placeQuestion;

	@BeforeEach
	void consultation() {
		rows = new ConsultationRows(sql);
		unique = String.valueOf(System.nanoTime());
		Instant now = Instant.now();
		consultation = rows.consultation("Veilig over straat " + unique, true, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(1)));
		openQuestion = rows.question(consultation, 1, QuestionKind.LONG_TEXT, "Wat kan er beter?");
		placeQuestion = rows.question(consultation, 2, QuestionKind.PLACE, "Waar voel je je onveilig?");
	}

	@Test
	void pendingAnswers_areListedOldestFirst_withTheirQuestion_andNothingOfWhoAnswered() {
		Long later = rows.text(rows.response(consultation, null, false, Instant.now()), openQuestion,
				"Meer licht op het plein " + unique);
		Long earlier = rows.place(rows.response(consultation, null, false, Instant.now().minus(Duration.ofHours(3))),
				placeQuestion, 51.91, 4.33, "Bij de brug over de Vaart", "Daar is het erg donker " + unique);

		List<AnswerToReview> mine = demo.as("moderator", () -> reviews.pending(0, 1000, Languages.DUTCH))
			.answers()
			.stream()
			.filter(answer -> answer.consultationId().equals(consultation))
			.toList();

		assertThat(mine).extracting(AnswerToReview::answerId).containsExactly(earlier, later);
		AnswerToReview place = mine.getFirst();
		assertThat(place.consultationTitle()).isEqualTo("Veilig over straat " + unique);
		assertThat(place.question()).isEqualTo("Waar voel je je onveilig?");
		assertThat(place.kind()).isEqualTo(QuestionKind.PLACE);
		assertThat(place.text()).isEqualTo("Daar is het erg donker " + unique);
		assertThat(place.placeWords()).isEqualTo("Bij de brug over de Vaart");
		assertThat(place.hasPin()).isTrue();
		assertThat(demo.as("moderator", () -> reviews.pendingCount())).isGreaterThanOrEqualTo(2);
		assertThat(demo.as("beheerder", () -> reviews.pending(0, 1000, Languages.ENGLISH))
			.answers()
			.stream()
			.filter(answer -> answer.answerId().equals(later))
			.map(AnswerToReview::question)).containsExactly("Wat kan er beter? (en)");
	}

	@Test
	void showRedactAndHide_areStored_leaveTheQueue_andEachIsInTheAuditTrail_withoutTheWords() {
		Long asWritten = answer("Een bankje bij de speeltuin " + unique);
		Long redacted = answer("Bel mij op 06-12345678, Jan de Vries " + unique);
		Long hidden = answer("Iets wat niemand mag lezen " + unique);

		demo.run("moderator", () -> {
			reviews.show(asWritten, 0);
			reviews.showRedacted(redacted, 0, "Bel mij op [weggehaald] " + unique);
			reviews.hide(hidden, 0, "Scheldwoorden");
		});

		assertThat(review(asWritten)).containsExactly("SHOWN", null);
		assertThat(review(redacted)).containsExactly("SHOWN", "Bel mij op [weggehaald] " + unique);
		assertThat(review(hidden)).containsExactly("HIDDEN", null);
		assertThat(demo.as("moderator", () -> reviews.pending(0, 1000, Languages.DUTCH)).answers())
			.extracting(AnswerToReview::answerId)
			.doesNotContain(asWritten, redacted, hidden);
		assertThat(audit(asWritten)).containsExactly("consultationAnswer.show|not reviewed|visible|");
		assertThat(audit(redacted)).containsExactly("consultationAnswer.redact|not reviewed|visible|");
		assertThat(audit(hidden)).containsExactly("consultationAnswer.hide|not reviewed|hidden|Scheldwoorden");
		assertThat(rows.count("select count(*) from audit_entry where state_before like ? or state_after like ?",
				"%" + unique + "%", "%" + unique + "%"))
			.as("no resident's words in the trail")
			.isZero();
	}

	@Test
	void aDecisionOnAnAnswerAnotherModeratorDecidedMeanwhile_isRefused() {
		Long answer = answer("Meer groen " + unique);
		demo.run("moderator", () -> reviews.hide(answer, 0, ""));

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("beheerder", () -> reviews.show(answer, 0)))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("consultation.error.answerChanged"));
		assertThat(review(answer)).containsExactly("HIDDEN", null);
	}

	@Test
	void anEmptyRedaction_isRefusedOnItsField() {
		Long answer = answer("Mijn buurman Piet is lastig " + unique);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("moderator", () -> reviews.showRedacted(answer, 0, "  ")))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().field()).isEqualTo("shownText"));
		assertThat(review(answer)).containsExactly("PENDING", null);
	}

	@Test
	void residents_mayNotReadOrDecide() {
		Long answer = answer("Geheim " + unique);
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> reviews.pending(0, 10, Languages.DUTCH));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> reviews.show(answer, 0));
	}

	@Test
	void turnIntoIdea_collectsAPublicIdeaFiledUnderTheGoal_withThePin_andTheAnswerKeepsTheLink() {
		Long answer = rows.place(rows.response(consultation, null, false, Instant.now()), placeQuestion, 51.91, 4.33,
				"Bij de brug over de Vaart", "Er moet een lantaarnpaal bij " + unique);
		Long goal = sql.sql("select min(id) from programme_goal").query(Long.class).single();

		Long idea = demo
			.as("moderator",
					() -> reviews.turnIntoIdea(answer, 0, new IdeaFromAnswer("Een lantaarnpaal bij de brug " + unique,
							"Bij de brug over de Vaart is het 's avonds erg donker. Er moet een lantaarnpaal bij.",
							PlaceKind.LIGHTING, "Bij de brug over de Vaart", "", goal, Set.of())));

		Map<String, Object> stored = sql
			.sql("select status, goal_id, collected_at, latitude, longitude, location_text from idea where id = ?")
			.param(idea)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("STATUS", "PUBLISHED")
			.containsEntry("GOAL_ID", goal)
			.containsEntry("COLLECTED_AT", "Veilig over straat " + unique)
			.containsEntry("LATITUDE", 51.91)
			.containsEntry("LOCATION_TEXT", "Bij de brug over de Vaart");
		assertThat(sql.sql("select idea_id from consultation_answer where id = ?")
			.param(answer)
			.query(Long.class)
			.single()).isEqualTo(idea);
		assertThat(audit(answer)).containsExactly("consultationAnswer.idea||idea " + idea + "|");
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("moderator", () -> reviews.turnIntoIdea(answer, 1,
					new IdeaFromAnswer("Nog een lantaarnpaal " + unique, "Nog een keer hetzelfde idee, dat mag niet.",
							PlaceKind.LIGHTING, "Bij de brug over de Vaart", "", goal, Set.of()))))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("consultation.error.alreadyIdea"));
	}

	@Test
	void turnIntoIdea_withATooShortTitle_isRefusedOnTheField_andStoresNothing() {
		Long answer = answer("Een moestuin voor de school " + unique);
		Long goal = sql.sql("select min(id) from programme_goal").query(Long.class).single();
		String description = "Een moestuin voor de kinderen van de school " + unique;

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> demo.run("moderator",
					() -> reviews.turnIntoIdea(answer, 0,
							new IdeaFromAnswer("Tuin", description, PlaceKind.GREEN, "", "", goal, Set.of()))))
			.satisfies(
					rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field).contains("title"));
		assertThat(rows.count("select count(*) from idea where description = ?", description)).isZero();
		assertThat(rows.count("select count(*) from consultation_answer where id = ? and idea_id is not null", answer))
			.isZero();
	}

	private Long answer(String text) {
		UUID response = rows.response(consultation, null, false, Instant.now());
		return rows.text(response, openQuestion, text);
	}

	private List<String> review(Long answerId) {
		return sql.sql("select review, shown_text from consultation_answer where id = ?")
			.param(answerId)
			.query((row, number) -> java.util.Arrays.asList(row.getString(1), row.getString(2)))
			.single();
	}

	private List<String> audit(Long answerId) {
		return sql.sql("""
				select action_code, state_before, state_after, reason from audit_entry
				where subject_type = 'consultationAnswer' and subject_id = ? order by id""")
			.param(answerId)
			.query((row, number) -> String.join("|", nullToEmpty(row.getString(1)), nullToEmpty(row.getString(2)),
					nullToEmpty(row.getString(3)), nullToEmpty(row.getString(4))))
			.list();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
