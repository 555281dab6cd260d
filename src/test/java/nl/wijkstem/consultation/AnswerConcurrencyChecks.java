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

import nl.wijkstem.base.Rejection;
import nl.wijkstem.consultation.ConsultationFixtures.Questionnaire;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
	ApplicationContext context;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void anonymous_twoFirstAnswersAtOnce_oneIsStored_theOtherIsRefusedAsAnswered() throws Exception {
		demo.signIn("kees");
		SignIn.out();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Questionnaire questionnaire = ConsultationFixtures.everyKind(context,
						ConsultationFixtures.openForm(clock.instant(), Audience.SIGNED_IN, true));
				List<Object> outcomes = atOnce(pool, questionnaire, questionnaire.fullAnswer(),
						questionnaire.shortestAnswer(1));

				assertThat(outcomes).filteredOn("stored"::equals).hasSize(1);
				assertThat(outcomes).filteredOn("consultation.error.answered"::equals).hasSize(1);
				assertOneResponse(questionnaire);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void named_twoFirstAnswersAtOnce_endWithOneOfThemWhole() throws Exception {
		demo.signIn("kees");
		SignIn.out();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Questionnaire questionnaire = ConsultationFixtures.everyKind(context,
						ConsultationFixtures.openForm(clock.instant(), Audience.SIGNED_IN, false));
				List<Object> outcomes = atOnce(pool, questionnaire, questionnaire.fullAnswer(),
						questionnaire.shortestAnswer(1));

				// the later one changes the earlier, as a change while open does
				assertThat(outcomes).containsExactly("stored", "stored");
				assertOneResponse(questionnaire);
				assertThat(jdbc.queryForObject("""
						select count(*) from consultation_answer a join consultation_response r on r.id = a.response_id
						where r.consultation_id = ?""", Long.class, questionnaire.id())).isIn(1L, 12L);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void assertOneResponse(Questionnaire questionnaire) {
		assertThat(jdbc.queryForObject("select count(*) from consultation_response where consultation_id = ?",
				Long.class, questionnaire.id()))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from consultation_marker where consultation_id = ?", Long.class,
				questionnaire.id()))
			.isOne();
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
			done.add(pool.submit(asKees(() -> {
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

	private <T> Callable<T> asKees(Callable<T> work) {
		return () -> {
			demo.resume("kees");
			try {
				return work.call();
			}
			finally {
				SignIn.out();
			}
		};
	}

}
