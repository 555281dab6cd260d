package nl.wijkstem.base.security;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RunAsTest {

	private final SecurityContextHolderStrategy threadLocal = SecurityContextHolder.getContextHolderStrategy();

	@AfterEach
	void clear() {
		threadLocal.clearContext();
	}

	@Test
	void asSystem_hasEveryRole_andPutsThePersonBackAfterwards() {
		Authentication person = new TestingAuthenticationToken("kees", null, "ROLE_RESIDENT");
		threadLocal.setContext(new SecurityContextImpl(person));
		AtomicReference<Authentication> during = new AtomicReference<>();

		String result = runAs(threadLocal).asSystem("demo-seeding", () -> {
			during.set(threadLocal.getContext().getAuthentication());
			return "done";
		});

		assertThat(result).isEqualTo("done");
		assertThat(during.get().getName()).isEqualTo("demo-seeding");
		assertThat(during.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_RESIDENT", "ROLE_MODERATOR", "ROLE_ADMIN");
		assertThat(threadLocal.getContext().getAuthentication()).isSameAs(person);
	}

	@Test
	void asSystem_thatFails_stillPutsThePersonBack() {
		Authentication person = new TestingAuthenticationToken("kees", null, "ROLE_RESIDENT");
		threadLocal.setContext(new SecurityContextImpl(person));

		assertThatIllegalStateException().isThrownBy(() -> runAs(threadLocal).asSystem("voting-rounds", () -> {
			throw new IllegalStateException("failed");
		}));

		assertThat(threadLocal.getContext().getAuthentication()).isSameAs(person);
	}

	@Test
	void asSystem_onAThreadWithoutAnyone_leavesItWithoutAnyone() {
		runAs(threadLocal).asSystem("demo-seeding", () -> {
		});

		assertThat(threadLocal.getContext().getAuthentication()).isNull();
	}

	/**
	 * As Vaadin's strategy does on a request thread: it answers with the session's
	 * context, whatever the thread holds.
	 */
	@Test
	void asSystem_whereTheStrategyPrefersThePersonsSession_runsOnItsOwnThread_andLeavesTheSessionAlone() {
		SecurityContext session = new SecurityContextImpl(
				new TestingAuthenticationToken("fatima", null, "ROLE_RESIDENT"));
		SessionFirst strategy = new SessionFirst(session, Thread.currentThread());
		AtomicReference<String> who = new AtomicReference<>();
		AtomicReference<Thread> where = new AtomicReference<>();

		runAs(strategy).asSystem("voting-rounds", () -> {
			who.set(strategy.getContext().getAuthentication().getName());
			where.set(Thread.currentThread());
		});

		assertThat(who.get()).isEqualTo("voting-rounds");
		assertThat(where.get()).isNotSameAs(Thread.currentThread());
		assertThat(strategy.getContext()).isSameAs(session);
		assertThat(session.getAuthentication().getName()).isEqualTo("fatima");
	}

	private static RunAs runAs(SecurityContextHolderStrategy strategy) {
		return new RunAs(new StaticListableBeanFactory(Map.of("strategy", strategy))
			.getBeanProvider(SecurityContextHolderStrategy.class));
	}

	/** The session's context on the request thread, the thread's own elsewhere. */
	private static final class SessionFirst implements SecurityContextHolderStrategy {

		private final ThreadLocal<SecurityContext> own = new ThreadLocal<>();

		private final SecurityContext session;

		private final Thread requestThread;

		SessionFirst(SecurityContext session, Thread requestThread) {
			this.session = session;
			this.requestThread = requestThread;
		}

		@Override
		public void clearContext() {
			own.remove();
		}

		@Override
		public SecurityContext getContext() {
			if (Thread.currentThread() == requestThread) {
				return session;
			}
			SecurityContext context = own.get();
			return context != null ? context : createEmptyContext();
		}

		@Override
		public void setContext(SecurityContext context) {
			own.set(context);
		}

		@Override
		public SecurityContext createEmptyContext() {
			return new SecurityContextImpl();
		}

	}

}
