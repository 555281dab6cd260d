package nl.wijkstem.voting;

import java.util.Arrays;
import java.util.List;

import nl.wijkstem.support.ApplicationTest;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.resilience.retry.AbstractRetryInterceptor;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class BallotBoxTest {

	@Autowired
	BallotBox box;

	/**
	 * A retry inside the transaction would try again in a transaction that already failed
	 * (PostgreSQL refuses every statement after an error): each attempt must be a
	 * transaction of its own.
	 */
	@Test
	void cast_isRetriedOutsideItsTransaction_soEveryAttemptIsANewOne() {
		List<Advice> advice = Arrays.stream(((Advised) box).getAdvisors()).map(Advisor::getAdvice).toList();

		int retry = indexOf(advice, AbstractRetryInterceptor.class);
		int transaction = indexOf(advice, TransactionInterceptor.class);

		assertThat(retry).as("retry advice").isNotNegative();
		assertThat(transaction).as("transaction advice").isNotNegative();
		assertThat(retry).as("the retry runs first, around the transaction").isLessThan(transaction);
	}

	private static int indexOf(List<Advice> advice, Class<?> kind) {
		for (int i = 0; i < advice.size(); i++) {
			if (kind.isInstance(advice.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
