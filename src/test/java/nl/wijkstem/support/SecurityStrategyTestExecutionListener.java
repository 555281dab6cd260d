package nl.wijkstem.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context installs its own security context strategy (Vaadin's)
 * globally, and its method security reads that bean. With several cached contexts in one
 * JVM the global one may belong to another context: put back the one of the test's
 * context before anything (such as {@code @WithUserDetails}) signs someone in.
 */
public class SecurityStrategyTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
	}

	@Override
	public int getOrder() {
		// before Spring Security's WithSecurityContextTestExecutionListener (10000)
		return 5000;
	}

}
