package nl.wijkstem.base.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a module's demo seeding as the application, through the same secured services a
 * person uses, in one transaction: a seeding that fails leaves nothing half seeded.
 */
@Component
public class DemoSeeding {

	private final RunAs runAs;

	private final TransactionTemplate transaction;

	DemoSeeding(RunAs runAs, TransactionTemplate transaction) {
		this.runAs = runAs;
		this.transaction = transaction;
	}

	public void run(Runnable seed) {
		runAs.asSystem("demo-seeding", () -> transaction.executeWithoutResult(status -> seed.run()));
	}

}
