package nl.wijkstem.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import nl.wijkstem.consultation.ConsultationFixtures.Questionnaire;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.PostgresTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the answering writes in plain SQL (drafts as JSON, answer rows in a batch, the
 * hour, locks) reads back the same on a real PostgreSQL server.
 */
@PostgresTest
class AnswerStoragePostgresIT {

	@Autowired
	AnswerService answering;

	@Autowired
	ConsultationService consultations;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AnonymousResponseMixing mixing;

	private ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures(@Autowired ApplicationContext context) {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void draftThenNamedAnswerThenChange_readBackAsGiven() {
		Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, false);
		demo.signIn("kees");
		List<AnswerInput> halfway = List.of(Questionnaire.text(questionnaire.longText(), "Nog niet af"));

		answering.saveDraft(questionnaire.id(), halfway);
		answering.saveDraft(questionnaire.id(), halfway);
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers()).isEqualTo(halfway);

		answering.submit(questionnaire.id(), questionnaire.fullAnswer());
		List<AnswerInput> stored = consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers();
		assertThat(stored).hasSize(8)
			.contains(new AnswerInput(questionnaire.ranking(), questionnaire.rankingOptions().reversed(), null, null,
					null))
			.contains(new AnswerInput(questionnaire.multiple(), questionnaire.multipleOptions().subList(0, 2), null,
					null, null));
		assertThat(stored.stream().filter(answer -> answer.questionId().equals(questionnaire.place()))).singleElement()
			.satisfies(place -> assertThat(place.places()).hasSize(2));

		answering.submit(questionnaire.id(), questionnaire.shortestAnswer(1));
		assertThat(consultations.page(questionnaire.id(), Locale.ENGLISH).me().answers())
			.isEqualTo(questionnaire.shortestAnswer(1));
		assertThat(fixtures.responses(questionnaire)).isOne();
		Instant hour = fixtures.answeredHour(questionnaire);
		assertThat(hour).isEqualTo(hour.truncatedTo(ChronoUnit.HOURS));
	}

	@Test
	void anAnonymousAnswer_sharesItsTransactionWithItsMarker_onlyUntilItsHourIsMixed() {
		Questionnaire questionnaire = fixtures.answeredInFull(Audience.SIGNED_IN, true, "fatima");
		String markerTransaction = "select xmin::text from consultation_marker where consultation_id = ?";
		String responseTransaction = "select xmin::text from consultation_response where consultation_id = ?";
		assertThat(jdbc.queryForObject(responseTransaction, String.class, questionnaire.id()))
			.as("what someone with the database could join on")
			.isEqualTo(jdbc.queryForObject(markerTransaction, String.class, questionnaire.id()));

		clock.moveBy(Duration.ofHours(1));
		mixing.mixFinishedHours();

		assertThat(jdbc.queryForObject(responseTransaction, String.class, questionnaire.id()))
			.isNotEqualTo(jdbc.queryForObject(markerTransaction, String.class, questionnaire.id()));
		assertThat(jdbc.queryForObject("""
				select count(*) from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.xmin = r.xmin""", Long.class, questionnaire.id()))
			.as("the answers were rewritten in the mixing transaction too")
			.isEqualTo(12);
	}

}
