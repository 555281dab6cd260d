package nl.wijkstem.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
