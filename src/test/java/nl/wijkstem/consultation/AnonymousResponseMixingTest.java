package nl.wijkstem.consultation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.wijkstem.consultation.ConsultationFixtures.Questionnaire;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class AnonymousResponseMixingTest {

	private static final String ANSWERS = """
			select a.question_id, a.option_id, a.rank_position, a.number_value, a.text_value, a.latitude,
			    a.longitude, a.place_words, a.review
			from consultation_answer a join consultation_response r on r.id = a.response_id
			where r.consultation_id = ? order by a.question_id, a.option_id, a.text_value, a.place_words""";

	@Autowired
	AnonymousResponseMixing mixing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures(@Autowired ApplicationContext context) {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void anAnonymousAnswer_getsNewIdsOnceItsHourIsOver_andKeepsEveryAnswerAndTheMarker() {
		Questionnaire questionnaire = fixtures.answeredInFull(Audience.SIGNED_IN, true, "fatima");
		UUID before = responseIds(questionnaire).getFirst();
		List<Long> answerIdsBefore = answerIds(questionnaire);
		var answersBefore = jdbc.queryForList(ANSWERS, questionnaire.id());

		mixing.mixFinishedHours();
		assertThat(responseIds(questionnaire)).as("not while its hour lasts").containsExactly(before);

		clock.moveBy(Duration.ofHours(1));
		mixing.mixFinishedHours();

		assertThat(responseIds(questionnaire)).hasSize(1).doesNotContain(before);
		assertThat(answerIds(questionnaire)).hasSameSizeAs(answerIdsBefore)
			.doesNotContainAnyElementsOf(answerIdsBefore);
		assertThat(jdbc.queryForList(ANSWERS, questionnaire.id())).isEqualTo(answersBefore);
		assertThat(fixtures.markers(questionnaire)).isOne();

		mixing.mixFinishedHours();
		assertThat(responseIds(questionnaire)).as("mixed once").hasSize(1);
	}

	@Test
	void aNamedAnswer_isNeverRewritten() {
		Questionnaire questionnaire = fixtures.answeredInFull(Audience.SIGNED_IN, false, "kees");
		List<UUID> before = responseIds(questionnaire);

		clock.moveBy(Duration.ofHours(2));
		mixing.mixFinishedHours();

		assertThat(responseIds(questionnaire)).isEqualTo(before);
	}

	private List<UUID> responseIds(Questionnaire questionnaire) {
		return jdbc.queryForList("select id from consultation_response where consultation_id = ?", UUID.class,
				questionnaire.id());
	}

	private List<Long> answerIds(Questionnaire questionnaire) {
		return jdbc.queryForList("""
				select a.id from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ?""", Long.class, questionnaire.id());
	}

}
