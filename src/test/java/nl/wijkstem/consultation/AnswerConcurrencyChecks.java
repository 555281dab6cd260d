package nl.wijkstem.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.consultation.ConsultationFixtures.Questionnaire;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two first answers of one account at the same moment (a double click, two tabs) end with
 * one response and one marker: the marker's primary key decides. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class AnswerConcurrencyChecks {

	private static final int ROUNDS = 20;

	@Autowired
	AnswerService answering;

	@Autowired
	DemoUsers demo;

	private ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures(@Autowired ApplicationContext context) {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void anonymous_twoFirstAnswersAtOnce_oneIsStored_theOtherIsRefusedAsAnswered() throws Exception {
		inRounds(true, (questionnaire, outcomes) -> {
			assertThat(outcomes).filteredOn("stored"::equals).hasSize(1);
			assertThat(outcomes).filteredOn("consultation.error.answered"::equals).hasSize(1);
			assertOneResponse(questionnaire);
		});
	}

	@Test
	void named_twoFirstAnswersAtOnce_endWithOneOfThemWhole() throws Exception {
		inRounds(false, (questionnaire, outcomes) -> {
			// the later one changes the earlier, as a change while open does
			assertThat(outcomes).containsExactly("stored", "stored");
			assertOneResponse(questionnaire);
			assertThat(fixtures.answerRows(questionnaire)).isIn(1L, 12L);
		});
	}

	/**
	 * Each round Kees answers a new consultation twice at the same moment, in full and
	 * shortest, and the check gets per answer "stored" or the key of its refusal.
	 */
	private void inRounds(boolean anonymous, BiConsumer<Questionnaire, List<Object>> check) throws Exception {
		demo.signIn("kees");
		SignIn.out();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Questionnaire questionnaire = fixtures.open(Audience.SIGNED_IN, anonymous);
				check.accept(questionnaire,
						atOnce(pool, questionnaire, questionnaire.fullAnswer(), questionnaire.shortestAnswer(1)));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void assertOneResponse(Questionnaire questionnaire) {
		assertThat(fixtures.responses(questionnaire)).isOne();
		assertThat(fixtures.markers(questionnaire)).isOne();
	}

	/**
	 * Submits both answers as Kees at the same moment.
	 * @return per answer "stored" or the key of its refusal
	 */
	private List<Object> atOnce(ExecutorService pool, Questionnaire questionnaire, List<AnswerInput> one,
			List<AnswerInput> other) throws InterruptedException, ExecutionException, TimeoutException {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> done = new ArrayList<>();
		for (List<AnswerInput> answers : List.of(one, other)) {
			done.add(pool.submit(demo.inSessionOf("kees", () -> {
				start.await();
				try {
					answering.submit(questionnaire.id(), answers);
					return "stored";
				}
				catch (Rejection refused) {
					return refused.messageKey();
				}
			})));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : done) {
			outcomes.add(future.get(1, TimeUnit.MINUTES));
		}
		return outcomes;
	}

}
