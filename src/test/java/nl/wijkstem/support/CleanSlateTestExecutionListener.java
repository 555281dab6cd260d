package nl.wijkstem.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every test starts signed out and at real time, whatever the test before it did: before
 * and after each test the thread's sign-in is cleared and the context's {@link TestClock}
 * put back. (The contexts are shared and cached, so a forgotten reset would leak into the
 * next test class.)
 */
public class CleanSlateTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		cleanSlate(testContext);
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		cleanSlate(testContext);
	}

	private static void cleanSlate(TestContext testContext) {
		SignIn.out();
		testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
	}

	@Override
	public int getOrder() {
		// after the security strategy is put back (5000), before Spring Security's
		// WithSecurityContextTestExecutionListener (10000) signs in a @WithUserDetails
		return 5100;
	}

}
