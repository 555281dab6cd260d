package nl.wijkstem.base.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work of the application itself (seeding the demo, a round's timed steps) through
 * the same secured services a person uses, with every role. The previous security context
 * is put back afterwards, whatever happens.
 * <p>
 * It uses the application's {@link SecurityContextHolderStrategy}, which method security
 * reads (Vaadin's, once Vaadin set it up). On a thread that serves a Vaadin request that
 * strategy answers with the person's own context from their session, whatever this thread
 * holds, and that context must not be changed: there the work runs on a thread of its
 * own, and this one waits for it.
 */
@Component
public class RunAs {

	private final ObjectProvider<SecurityContextHolderStrategy> strategies;

	RunAs(ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.strategies = strategies;
	}

	/**
	 * Runs the task as the application ({@code name} shows in logs and audit), with the
	 * rights of a resident, a moderator and an administrator.
	 */
	public <T> T asSystem(String name, Supplier<T> task) {
		SecurityContextHolderStrategy strategy = strategies
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		SecurityContext system = strategy.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
				AuthorityUtils.createAuthorityList(Roles.authority(Roles.RESIDENT), Roles.authority(Roles.MODERATOR),
						Roles.authority(Roles.ADMIN))));
		SecurityContext previous = strategy.getContext();
		strategy.setContext(system);
		try {
			if (strategy.getContext() == system) {
				return task.get();
			}
		}
		finally {
			restore(strategy, previous);
		}
		return onItsOwnThread(name, strategy, system, task);
	}

	public void asSystem(String name, Runnable task) {
		asSystem(name, () -> {
			task.run();
			return null;
		});
	}

	private static <T> T onItsOwnThread(String name, SecurityContextHolderStrategy strategy, SecurityContext system,
			Supplier<T> task) {
		FutureTask<T> work = new FutureTask<>(() -> {
			strategy.setContext(system);
			try {
				return task.get();
			}
			finally {
				strategy.clearContext();
			}
		});
		Thread.ofPlatform().name(name).start(work);
		try {
			return work.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while " + name + " ran", interrupted);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failed.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

	/** An empty previous context is cleared rather than kept on the thread. */
	private static void restore(SecurityContextHolderStrategy strategy, SecurityContext previous) {
		if (previous.getAuthentication() == null) {
			strategy.clearContext();
		}
		else {
			strategy.setContext(previous);
		}
	}

}
