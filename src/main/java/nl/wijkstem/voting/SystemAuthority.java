package nl.wijkstem.voting;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the round's own timed steps (publishing results, seeding the demo round) with the
 * rights they need, whoever or whatever triggered them. They run on a thread of their own
 * and wait for it: in a Vaadin request the security context belongs to the person's
 * session and must not be replaced, not even for a moment.
 */
final class SystemAuthority {

	private SystemAuthority() {
	}

	static <T> T run(Supplier<T> task) {
		FutureTask<T> work = new FutureTask<>(() -> {
			SecurityContext system = SecurityContextHolder.createEmptyContext();
			system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("voting-rounds", null,
					AuthorityUtils.createAuthorityList("ROLE_RESIDENT", "ROLE_MODERATOR", "ROLE_ADMIN")));
			SecurityContextHolder.setContext(system);
			try {
				return task.get();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
		Thread thread = new Thread(work, "voting-rounds");
		thread.start();
		try {
			return work.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the voting round step ran", interrupted);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

}
