package nl.wijkstem.support;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo accounts, signed in for a test as the password login signs them in (the
 * sign-in recorded, so the local account exists). Every Spring test context has one:
 * tests ask for it instead of wiring the demo users and the event publisher themselves.
 */
@TestComponent
public class DemoUsers {

	private final UserDetailsService demoUsers;

	private final ApplicationEventPublisher events;

	private final AccountService accounts;

	private final ResidencyService residency;

	DemoUsers(UserDetailsService demoUsers, ApplicationEventPublisher events, AccountService accounts,
			ResidencyService residency) {
		this.demoUsers = demoUsers;
		this.events = events;
		this.accounts = accounts;
		this.residency = residency;
	}

	/** Signs the demo account in on this thread, until another sign-in or sign-out. */
	public void signIn(String username) {
		SignIn.as(demoUsers, events, username);
	}

	/**
	 * Continues the demo account's session on this thread, as a request in a session
	 * does: signed in, but no new sign-in recorded.
	 */
	public void resume(String username) {
		SignIn.as(demoUsers, username);
	}

	/**
	 * The work as a request in the demo account's session, for another thread: it resumes
	 * the session there and signs out after.
	 */
	public <T> Callable<T> inSessionOf(String username, Callable<T> work) {
		return () -> {
			resume(username);
			try {
				return work.call();
			}
			finally {
				SignIn.out();
			}
		};
	}

	/**
	 * Does the work as the demo account, then restores whoever was signed in before.
	 */
	public <T> T as(String username, Supplier<T> work) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		signIn(username);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	/** As {@link #as(String, Supplier)}, for work without a result. */
	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	public void signOut() {
		SignIn.out();
	}

	/**
	 * An earlier test may have deleted this demo account (its new account is not
	 * verified): the programme bureau verifies it again. Signs out after.
	 */
	public void verifiedInPerson(String username) {
		signIn(username);
		Long account = accounts.currentAccountId().orElseThrow();
		if (!residency.isVerifiedResident(account)) {
			signIn("moderator");
			residency.verifyInPerson(account);
		}
		SignIn.out();
	}

}
