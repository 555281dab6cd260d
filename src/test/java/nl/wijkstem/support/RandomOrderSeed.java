package nl.wijkstem.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Test classes run in a random order, so that no test leans on another having run first.
 * The seed is printed at the start: {@code -Dtests.seed=N} repeats that order.
 */
public class RandomOrderSeed implements TestExecutionListener {

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		String seed = testPlan.getConfigurationParameters()
			.get("junit.jupiter.execution.order.random.seed")
			.orElse("(chosen by JUnit)");
		System.out.println("Test classes in random order, seed " + seed + " (repeat with -Dtests.seed=" + seed + ")");
	}

}
