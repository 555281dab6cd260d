package nl.wijkstem.support;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo account in for a test, with the same principal the password login
 * produces.
 */
public final class SignIn {

	private SignIn() {
	}

	public static void as(UserDetailsService demoUsers, String username) {
		UserDetails user = demoUsers.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** Signs in and records the sign-in, so the account exists as after a real one. */
	public static void as(UserDetailsService demoUsers, ApplicationEventPublisher events, String username) {
		as(demoUsers, username);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
	}

	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
